#!/usr/bin/env node
// The `partner-workbook` command (`npx partner-workbook …`): loads the command line built into
// dist-cli/ by `npm run build:cli` (which `npm ci` runs through the "prepare" script) and runs it.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/partner-workbook.mjs', import.meta.url);

if (!existsSync(built)) {
  console.error('Build the command line first: npm run build:cli');
  process.exit(1);
}

try {
  const { runCli } = await import(built.href);
  await runCli();
} catch (error) {
  // The built command catches its own errors; this is a damaged or out-of-date build.
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `partner-workbook: the built command line could not run (${reason}); rebuild it: npm run build:cli`,
  );
  process.exit(1);
}
