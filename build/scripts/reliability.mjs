// `npm run test:reliability`: the reliability tests at their full counts (issue 8), for the figures
// in docs/RELIABILITY.md. The normal suites (`npm test`) run the same tests at quick counts.
// In order: the fuzzed importers and the upgrade tests in Node (fake-indexeddb), then, against
// the production web build in Chromium, the killed upgrades, the crash tests (50 SIGKILLs per
// scenario) and the injection probe. Takes hours on a 2-core machine; prints each part's time.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = { ...process.env, RELIABILITY_FULL: '1' };

const PARTS = [
  [
    'fuzzed importers and upgrades',
    'npx',
    ['vitest', 'run', 'tests/reliability', 'tests/unit/db-images'],
  ],
  ['production web build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  [
    'killed upgrades, crashes, injection',
    'npx',
    [
      'playwright',
      'test',
      'tests/e2e/killed-upgrade.spec.ts',
      'tests/e2e/crash-edits.spec.ts',
      'tests/e2e/crash-import.spec.ts',
      'tests/e2e/injection.spec.ts',
    ],
  ],
];

let failed = 0;
for (const [label, command, args] of PARTS) {
  const started = Date.now();
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const seconds = Math.round((Date.now() - started) / 1000);
  const status = result.error ? 1 : (result.status ?? 1);
  console.log(`== ${label}: ${status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
  if (status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
