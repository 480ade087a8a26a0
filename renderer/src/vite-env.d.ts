/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The app's version from package.json, set at build time by vite.config.ts. */
  readonly VITE_APP_VERSION: string;
}
