// Builds the Electron main process and preload into dist-electron/ as single CommonJS files:
// electron/main/index.ts -> dist-electron/main.cjs, electron/preload/index.ts -> dist-electron/preload.cjs.
// CommonJS because a sandboxed preload can only be a script that require()s 'electron'; main
// follows suit so both load the same way. 'electron' and Node's builtins stay require() calls,
// everything else (zod, shared/) is bundled in, so the packaged app needs no node_modules.
// Uses Vite's library mode (Rolldown underneath), so no extra build tool is needed.
import { builtinModules } from 'node:module';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'dist-electron');

const external = [
  'electron',
  /^electron\//,
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
];

/** @param {string} entry @param {string} fileName @returns {import('vite').InlineConfig} */
function entryConfig(entry, fileName) {
  return {
    configFile: false,
    root,
    publicDir: false,
    envDir: false,
    logLevel: 'warn',
    // Resolve packages the way Node does, not the browser build vite picks by default.
    resolve: { conditions: ['node', 'module', 'production'], mainFields: ['module', 'main'] },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      // Electron 45 runs Node 22 in main and a matching V8 in the preload.
      target: 'node22',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: path.join(root, entry), formats: ['cjs'], fileName: () => fileName },
      rolldownOptions: { external },
    },
  };
}

/** Builds both bundles from scratch. */
export async function buildElectron() {
  await rm(outDir, { recursive: true, force: true });
  await build(entryConfig('electron/main/index.ts', 'main.cjs'));
  await build(entryConfig('electron/preload/index.ts', 'preload.cjs'));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (invokedDirectly) {
  try {
    await buildElectron();
    console.log(`Built ${path.relative(root, outDir)}/main.cjs and preload.cjs`);
  } catch (error) {
    console.error('Building the Electron main process failed:', error);
    process.exitCode = 1;
  }
}
