import type { WorkbookRegistry } from '../db/registry/workbook-registry';
import { StartupRecovery } from '../features/backups/StartupRecovery';
import type { Host } from '../host/host';

interface StartupErrorProps {
  message: string;
  host: Host;
  registry: WorkbookRegistry;
}

/** What shows when no workbook opens at start: why, a retry, and the backups to restore. */
export function StartupError({ message, host, registry }: StartupErrorProps) {
  const restart = () => {
    window.location.reload();
  };
  return (
    <main className="startup-error" role="alert">
      <h1>Partner Workbook could not open your workbook</h1>
      <p>{message}</p>
      <button type="button" onClick={restart}>
        Try again
      </button>
      <StartupRecovery host={host} registry={registry} restart={restart} />
    </main>
  );
}
