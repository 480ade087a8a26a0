// Rewrites docs/partnerbook.schema.json from the zod schema of the .partnerbook file. The schema
// is TypeScript, so this runs the unit test that checks the file, asking it to write it instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/partnerbook-json-schema.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, UPDATE_PARTNERBOOK_SCHEMA: '1' },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
