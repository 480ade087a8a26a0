// Builds the Electron main process and preload into dist-electron/ as single CommonJS files:
// electron/main/index.ts -> dist-electron/main.cjs, electron/preload/index.ts -> dist-electron/preload.cjs.
// CommonJS because a sandboxed preload can only be a script that require()s 'electron'; main
// follows suit so both load the same way. 'electron' and Node's builtins stay require() calls,
// everything else (zod, shared/) is bundled in, so the packaged app needs no node_modules.
// Uses Vite's library mode (Rolldown underneath), so no extra build tool is needed.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { nodeBundleConfig, root, runIfMain } from './node-bundle.mjs';

const outDir = path.join(root, 'dist-electron');

/** @param {string} entry @param {string} fileName */
const entryConfig = (entry, fileName) =>
  nodeBundleConfig({
    entry,
    outDir,
    fileName,
    format: 'cjs',
    // Electron 45 runs Node 22 in main and a matching V8 in the preload.
    target: 'node22',
    sourcemap: true,
    external: ['electron', /^electron\//],
  });

/** Builds both bundles from scratch. */
export async function buildElectron() {
  await rm(outDir, { recursive: true, force: true });
  await build(entryConfig('electron/main/index.ts', 'main.cjs'));
  await build(entryConfig('electron/preload/index.ts', 'preload.cjs'));
  return `Built ${path.relative(root, outDir)}/main.cjs and preload.cjs`;
}

await runIfMain(import.meta.url, buildElectron, 'Building the Electron main process failed:');
