// `npm run bench [-- --quick]`: builds the renderer with the bench page (`vite build --mode
// bench`, into dist/bench) and runs the benchmark harness (tests/bench) in headless Chromium.
// --quick runs every benchmark at small sizes, only to prove that each still produces figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const unknown = args.filter((arg) => arg !== '--quick');
if (unknown.length > 0) {
  console.error(`Unknown option(s): ${unknown.join(' ')}. Usage: npm run bench [-- --quick]`);
  process.exit(2);
}

function run(command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const started = Date.now();
const built = run('npx', ['vite', 'build', '--mode', 'bench', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);

const status = run('npx', ['playwright', 'test', '-c', 'tests/bench/bench.config.ts'], {
  ...process.env,
  BENCH_QUICK: quick ? '1' : '0',
});
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`${quick ? 'Quick' : 'Full'} bench run finished in ${seconds} s.`);
process.exit(status);
