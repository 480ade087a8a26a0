// `npm run screenshots`: builds the web renderer and photographs the sample workbook's main
// screens in light and dark (tests/screenshots) into docs/screenshots, 1400×900 at scale 1.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'docs', 'screenshots');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
const shot = run('npx', [
  'playwright',
  'test',
  '--config',
  'tests/screenshots/screenshots.config.ts',
]);
if (shot !== 0) process.exit(shot);

const files = readdirSync(out).filter((name) => name.endsWith('.png'));
const bytes = files.reduce((sum, name) => sum + statSync(path.join(out, name)).size, 0);
console.log(
  `${files.length} screenshots in docs/screenshots, ${(bytes / 1024).toFixed(0)} KB in all.`,
);
