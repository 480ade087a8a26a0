// The command line's entry: help, version, and usage mistakes, each one clear line and exit 2.
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../electron/cli/errors';
import { oneErrorLine, run, useTempDir } from './cli-kit';

const tmp = useTempDir();

describe('partner-workbook', () => {
  it('prints its version', async () => {
    expect(await run(tmp.dir, '--version')).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    expect((await run(tmp.dir, '-v')).stdout).toBe('9.8.7\n');
  });

  it('lists its commands and exit codes with --help', async () => {
    const result = await run(tmp.dir, '--help');
    expect(result.code).toBe(0);
    for (const command of ['validate', 'info', 'import', 'export', 'merge', 'sample']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(result.stdout).toContain(
      '3  import: the workbook was written, but some rows were rejected',
    );
  });

  it('shows a command’s usage and options with --help, -h or help <command>', async () => {
    const help = await run(tmp.dir, 'import', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'Usage: partner-workbook import <file.csv|file.xlsx> --out <new.partnerbook> [options]',
    );
    expect(help.stdout).toContain('--on-match update|skip|create');
    expect((await run(tmp.dir, 'import', '-h')).stdout).toBe(help.stdout);
    expect((await run(tmp.dir, 'help', 'import')).stdout).toBe(help.stdout);
    for (const command of ['validate', 'info', 'export', 'merge', 'sample']) {
      const each = await run(tmp.dir, command, '--help');
      expect(each.stdout).toContain(`Usage: partner-workbook ${command} `);
    }
  });

  it.each([
    [
      [],
      'partner-workbook: no command given: choose one of validate, info, import, export, merge, sample.',
    ],
    [['frobnicate'], 'partner-workbook: unknown command “frobnicate”; the commands are'],
    [['--frobnicate'], 'partner-workbook: unknown option --frobnicate.'],
    [['info', 'a.partnerbook', '--bogus'], 'partner-workbook: info has no option --bogus.'],
    [['import', 'a.csv', '--out'], 'partner-workbook: --out needs a value.'],
    [
      ['import', 'a.csv', '--out', '-x'],
      'partner-workbook: --out needs a value (write --out=value',
    ],
    [['import', 'a.csv', '--out='], 'partner-workbook: --out needs a value.'],
    [['info', '--json=yes', 'a'], 'partner-workbook: --json takes no value.'],
    [['validate'], 'partner-workbook: validate needs <file.partnerbook>.'],
    [['validate', 'a', 'b'], 'partner-workbook: validate does not take the argument “b”.'],
    [['import', 'a.csv'], 'partner-workbook: import needs --out.'],
    [['sample', '--out', 's.partnerbook'], 'partner-workbook: sample needs --partners.'],
    [
      ['sample', '--partners', 'ten', '--out', 's.partnerbook'],
      '--partners must be a whole number',
    ],
    [['export', 'a.partnerbook', '--out', 'a.xlsx'], 'export needs --format xlsx, csv or md.'],
    [['export', 'a.partnerbook', '--format', 'pdf', '--out', 'a.pdf'], '--format must be one of'],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    const result = await run(tmp.dir, ...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toContain(message);
    expect(result.stderr).toMatch(/Run “partner-workbook (\w+ )?--help” for usage\.\n$/);
  });

  it('reports an unexpected error in one line, without a stack trace', () => {
    const error = new Error('boom\n    at somewhere (file.ts:1:1)');
    expect(describeError(error)).toEqual({
      message: 'unexpected error: boom at somewhere (file.ts:1:1)',
      exitCode: 1,
    });
    const system = Object.assign(new Error('EACCES: permission denied, open x'), {
      code: 'EACCES',
    });
    expect(describeError(system).message).toBe('unexpected error: permission denied (EACCES)');
  });
});
