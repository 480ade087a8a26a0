// Builds the command line into one ES module: electron/cli/main.ts -> dist-cli/partner-workbook.mjs,
// which bin/partner-workbook.mjs (the package's "bin") loads. Everything but Node's builtins
// (shared/, zod, papaparse, fflate, the spreadsheet libraries) is bundled in, so the command runs
// with nothing but Node. `npm ci` runs it through the "prepare" script.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { nodeBundleConfig, root, runIfMain } from './node-bundle.mjs';

const outDir = path.join(root, 'dist-cli');

/** Builds dist-cli/partner-workbook.mjs from scratch. */
export async function buildCli() {
  await rm(outDir, { recursive: true, force: true });
  await build(
    nodeBundleConfig({
      entry: 'electron/cli/main.ts',
      outDir,
      fileName: 'partner-workbook.mjs',
      format: 'es',
      target: 'node20',
      sourcemap: false,
    }),
  );
  return `Built ${path.relative(root, outDir)}/partner-workbook.mjs`;
}

await runIfMain(import.meta.url, buildCli, 'Building the command line failed:');
