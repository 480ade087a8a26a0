import type { z } from 'zod';
import { MAX_COUNTED_PROBLEMS, MAX_REPORTED_PROBLEMS } from './format';

/** One reason a file was refused: where in the file, and a message that names the file. */
export interface PartnerbookProblem {
  /** Where in the file, as `tables.partners[3].name`; '' for the file as a whole. */
  path: string;
  /** A sentence fit to show alone: it names the file and the path. */
  message: string;
}

/** A path segment list as `tables.partners[3].name` (keys that are not identifiers quoted). */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) {
      text += text === '' ? part : `.${part}`;
    } else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

/**
 * Collects the problems of one file, keeping the first {@link MAX_REPORTED_PROBLEMS} and counting
 * the rest, so that a file with a million bad records is refused with a readable list.
 */
export class ProblemList {
  private readonly kept: PartnerbookProblem[] = [];
  private count = 0;

  constructor(private readonly fileName: string) {}

  /** How many problems were found, reported or not. */
  get size(): number {
    return this.count;
  }

  /** True once so many problems are found that the checks stop looking for more. */
  get full(): boolean {
    return this.count >= MAX_COUNTED_PROBLEMS;
  }

  /** Adds a problem at `path` (segments, or '' for the whole file). */
  add(path: readonly PropertyKey[] | '', what: string): void {
    this.count += 1;
    if (this.kept.length >= MAX_REPORTED_PROBLEMS) return;
    const where = path === '' ? '' : formatPath(path);
    const message =
      where === '' ? `${this.fileName}: ${what}` : `${this.fileName}: ${where}: ${what}`;
    this.kept.push({ path: where, message });
  }

  /** Adds each issue of a failed zod parse of the value at `at`. */
  addIssues(at: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[]): void {
    for (const issue of issues) {
      const path = [...at, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          this.add([...path, key], 'this version of Partner Workbook does not know this field.');
        }
      } else this.add(path, issue.message);
    }
  }

  /** The problems to report, ending with "and N more" when some were left out. */
  toArray(): PartnerbookProblem[] {
    const left = this.count - this.kept.length;
    if (left <= 0) return [...this.kept];
    const count = left.toLocaleString('en-US');
    const more = this.full
      ? `…and at least ${count} more problems (the checks stopped there).`
      : `…and ${count} more problem${left === 1 ? '' : 's'}.`;
    return [...this.kept, { path: '', message: `${this.fileName}: ${more}` }];
  }
}
