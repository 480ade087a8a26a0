/** The version of this build of the app (from package.json at build time); undefined in tests. */
const raw: unknown = import.meta.env.VITE_APP_VERSION;

/** The version of this build of the app, recorded on the workbooks it writes. */
export const APP_VERSION: string | undefined = typeof raw === 'string' ? raw : undefined;
