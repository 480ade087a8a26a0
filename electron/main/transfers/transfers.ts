/**
 * The files every window is sending or reading in pieces (uploads.ts, downloads.ts), kept in one
 * place for the handlers, the open requests and the window's lifetime to share: when a window's
 * page goes away (closed or reloaded), whatever it left open is cleaned up.
 * Runs in the Electron main process.
 */
import type { HostFileSystem } from '../file-io';
import { Downloads } from './downloads';
import { Uploads } from './uploads';

/** The uploads and downloads in progress. */
export interface Transfers {
  readonly uploads: Uploads;
  readonly downloads: Downloads;
  /** Ends what a window left: its uploads' temporary files deleted, its downloads closed. */
  release(owner: number): Promise<void>;
}

/** Creates the uploads and downloads over a file system. */
export function createTransfers(fs: HostFileSystem): Transfers {
  const uploads = new Uploads({ fs });
  const downloads = new Downloads({ fs });
  return {
    uploads,
    downloads,
    release: async (owner) => {
      await Promise.all([uploads.release(owner), downloads.release(owner)]);
    },
  };
}
