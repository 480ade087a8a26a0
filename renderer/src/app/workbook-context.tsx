import { createContext, useContext, type ReactNode } from 'react';
import type { Workbook } from '../db/workbook';
import type { Host } from '../host/host';

interface AppServices {
  workbook: Workbook;
  host: Host;
}

const ServicesContext = createContext<AppServices | null>(null);

/** Makes the open workbook and the host available to every screen. */
export function ServicesProvider({
  workbook,
  host,
  children,
}: AppServices & { children: ReactNode }) {
  return <ServicesContext.Provider value={{ workbook, host }}>{children}</ServicesContext.Provider>;
}

function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useWorkbook and useHost need a ServicesProvider above them.');
  return services;
}

/** The open workbook's repositories. */
export const useWorkbook = (): Workbook => useServices().workbook;

/** Where the app runs: desktop shell or browser. */
export const useHost = (): Host => useServices().host;
