/**
 * The command line's errors. A command throws a CliError with a message fit to print as it is;
 * the top level (main.ts) catches everything, prints one line to stderr and exits non-zero,
 * never with a stack trace: 1 for bad input, 2 for a command used the wrong way.
 */
import { FileRefusedError } from '../../shared/files/tabular/raw-table';

/** Exit codes, as the help text lists them. */
export const EXIT = {
  ok: 0,
  /** Bad input or a failed write: nothing was written. */
  failed: 1,
  /** The command was used the wrong way (unknown option, missing argument). */
  usage: 2,
  /** An import was written, but some rows were rejected for their problems. */
  partial: 3,
} as const;

/** A failure with a message fit to show the user as it is. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A command used the wrong way; `command` names it, for the hint to its help. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

interface SystemError {
  code: string;
  message: string;
}

const isSystemError = (error: unknown): error is SystemError =>
  error instanceof Error && typeof (error as Partial<SystemError>).code === 'string';

const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
};

/** What went wrong in an operating system call on `display`, in words. */
export function systemReason(error: unknown): string {
  if (isSystemError(error)) return SYSTEM_REASONS[error.code] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The line to print for any error, and the exit code to end with. */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError) {
    const help = `partner-workbook ${error.command === undefined ? '' : `${error.command} `}--help`;
    return { message: oneLine(`${error.message} Run “${help}” for usage.`), exitCode: EXIT.usage };
  }
  if (error instanceof CliError)
    return { message: oneLine(error.message), exitCode: error.exitCode };
  if (error instanceof FileRefusedError)
    return { message: oneLine(error.message), exitCode: EXIT.failed };
  const reason = isSystemError(error)
    ? `${systemReason(error)} (${error.code})`
    : error instanceof Error
      ? error.message
      : String(error);
  return { message: oneLine(`unexpected error: ${reason}`), exitCode: EXIT.failed };
}
