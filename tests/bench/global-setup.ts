import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIGURES_DIR } from './settings';

/** Starts a run with no figures left over from the last one. */
export default async function globalSetup(): Promise<void> {
  await rm(FIGURES_DIR, { recursive: true, force: true });
  await mkdir(FIGURES_DIR, { recursive: true });
  await writeFile(path.join(FIGURES_DIR, '_started.json'), JSON.stringify({ at: Date.now() }));
}
