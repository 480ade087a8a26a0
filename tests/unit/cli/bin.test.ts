// The installed command: bin/partner-workbook.mjs running the built bundle in a real Node process.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const built = existsSync(new URL('dist-cli/partner-workbook.mjs', `file://${root}/`));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };

if (!built) {
  console.warn('Skipping the bin test: dist-cli/ is not built (run npm run build:cli).');
}

describe('bin/partner-workbook.mjs', () => {
  it.skipIf(!built)('prints the version from the built command line', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['bin/partner-workbook.mjs', '--version'],
      { cwd: root },
    );
    expect(stdout).toBe(`${version}\n`);
    expect(stderr).toBe('');
  });

  it.skipIf(!built)('exits 2 with one line for a usage mistake', async () => {
    const failed = await promisify(execFile)(
      process.execPath,
      ['bin/partner-workbook.mjs', 'nope'],
      {
        cwd: root,
      },
    ).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/^partner-workbook: unknown command “nope”; [^\n]+\n$/);
  });
});
