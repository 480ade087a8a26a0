// Writes tests/fixtures/db-images/vN.json, one database image per schema version, each created by
// the code of that version: the commit listed below is checked out into a temporary worktree, the
// generator (tests/reliability/db-images/) is copied in and bundled against that commit's own
// repositories, and run under fake-indexeddb. Usage: node build/scripts/db-images.mjs [N ...]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { nodeBundleConfig, root } from './node-bundle.mjs';

/**
 * For each schema version, a commit whose newest schema was that version, with the layouts of
 * every version up to it as released (the newest of its kind on main, so the most complete code).
 * v8: the dashboard branch once main's templates were merged in (main went from v7 to the
 * history branch's v8, which became v9); v10: the voice branch with its repositories, before v11.
 */
export const IMAGE_COMMITS = {
  1: 'a02190e',
  2: 'e5e4b18',
  3: '14edac5',
  4: 'bb063b8',
  5: 'd830e8b',
  6: '8210cda',
  7: 'a5dd77f',
  8: '03adc6e',
  9: '4d5e080',
  10: '916149d',
  11: 'e95ba67',
};

const GENERATOR = 'tests/reliability/db-images';
const OUT_DIR = path.join(root, 'tests/fixtures/db-images');

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

async function imageOf(version) {
  const commit = git('rev-parse', IMAGE_COMMITS[version]);
  const tree = `/tmp/dbimg-v${version}`;
  if (existsSync(tree)) git('worktree', 'remove', '--force', tree);
  git('worktree', 'add', '--quiet', '--detach', tree, commit);
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
    cpSync(path.join(root, GENERATOR), path.join(tree, GENERATOR), { recursive: true });
    const appVersion = JSON.parse(readFileSync(path.join(tree, 'package.json'), 'utf8')).version;
    const outDir = path.join(tree, 'dist-dbimg');
    const config = nodeBundleConfig({
      entry: `${GENERATOR}/generate-workbook.ts`,
      outDir,
      fileName: 'generate.mjs',
      format: 'es',
      target: 'node20',
      sourcemap: false,
    });
    await build({
      ...config,
      root: tree,
      build: {
        ...config.build,
        lib: { ...config.build.lib, entry: path.join(tree, GENERATOR, 'generate-workbook.ts') },
      },
      define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion) },
    });
    const out = path.join(OUT_DIR, `v${version}.json`);
    execFileSync('node', [path.join(outDir, 'generate.mjs')], {
      cwd: tree,
      stdio: 'inherit',
      env: {
        ...process.env,
        IMAGE_OUT: out,
        IMAGE_COMMIT: commit,
        IMAGE_SCHEMA_VERSION: String(version),
        IMAGE_APP_VERSION: appVersion,
      },
    });
    return `v${version}: ${commit.slice(0, 7)}, ${Math.round(statSync(out).size / 1024)} KB`;
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}

mkdirSync(OUT_DIR, { recursive: true });
const asked = process.argv.slice(2).map(Number);
const versions = asked.length > 0 ? asked : Object.keys(IMAGE_COMMITS).map(Number);
for (const version of versions) {
  if (!IMAGE_COMMITS[version])
    throw new Error(`No commit is listed for schema version ${version}.`);
  console.log(await imageOf(version));
}
