// Builds the command line into one ES module: electron/cli/main.ts -> dist-cli/partner-workbook.mjs,
// which bin/partner-workbook.mjs (the package's "bin") loads. Node's builtins stay imports;
// everything else (shared/, zod, papaparse, fflate, the spreadsheet libraries) is bundled in, so
// the command runs with nothing but Node. Same Vite library mode as build-electron.mjs; `npm ci`
// runs it through the "prepare" script.
import { builtinModules } from 'node:module';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'dist-cli');

/** Builds dist-cli/partner-workbook.mjs from scratch. */
export async function buildCli() {
  await rm(outDir, { recursive: true, force: true });
  await build({
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
      target: 'node20',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: path.join(root, 'electron/cli/main.ts'),
        formats: ['es'],
        fileName: () => 'partner-workbook.mjs',
      },
      rolldownOptions: {
        external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      },
    },
  });
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (invokedDirectly) {
  try {
    await buildCli();
    console.log(`Built ${path.relative(root, outDir)}/partner-workbook.mjs`);
  } catch (error) {
    console.error('Building the command line failed:', error);
    process.exitCode = 1;
  }
}
