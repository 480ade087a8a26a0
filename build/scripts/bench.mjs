// `npm run bench [-- --quick] [-- --only <name>]`: builds the renderer with the bench page
// (`vite build --mode bench`, into dist/bench) and runs the benchmark harness (tests/bench) in
// headless Chromium. --quick runs every benchmark at small sizes, only to prove that each still
// produces figures. --only runs the benchmark files whose name contains <name> (for example
// `--only positioning`), or the files of a group (`--only files`: the workbook file benchmarks of
// issue 5; `--only core`: the partners-screen benchmarks 1–7 of issue 3), and writes
// bench/results-partial.json instead of the run's report.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Groups of benchmark files that `--only` takes by one name. */
const GROUPS = {
  files: ['partnerbook', 'csv-import', 'xlsx-export'],
  core: ['write', 'app', 'query', 'search', 'bundle'],
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const USAGE = 'Usage: npm run bench [-- --quick] [-- --only <name>]';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? undefined : args[onlyAt + 1];
if (onlyAt !== -1 && (only === undefined || !/^[\w.-]+$/.test(only))) {
  console.error(`--only needs a benchmark file name such as "positioning". ${USAGE}`);
  process.exit(2);
}
const unknown = args.filter(
  (arg, index) => arg !== '--quick' && index !== onlyAt && index !== onlyAt + 1,
);
if (unknown.length > 0) {
  console.error(`Unknown option(s): ${unknown.join(' ')}. ${USAGE}`);
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

const names = only === undefined ? [] : Object.hasOwn(GROUPS, only) ? GROUPS[only] : [only];
const filter = names.map((name) => `${name}[^/]*\\.bench\\.ts$`);
const status = run('npx', ['playwright', 'test', '-c', 'tests/bench/bench.config.ts', ...filter], {
  ...process.env,
  BENCH_QUICK: quick ? '1' : '0',
  BENCH_ONLY: only ?? '',
});
const seconds = Math.round((Date.now() - started) / 1000);
const scope = only === undefined ? '' : ` (only "${only}")`;
console.log(`${quick ? 'Quick' : 'Full'} bench run${scope} finished in ${seconds} s.`);
process.exit(status);
