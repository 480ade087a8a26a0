/**
 * What every fuzz test of the importers shares: how many inputs to run (a few hundred in the
 * normal suite, the full counts with RELIABILITY_FULL=1), the checks each outcome must pass (a
 * clean result or a refusal in words, never a stack trace), the limits each run must keep (time,
 * heap) and the prototype check run after all inputs. The figures are printed at the end of each
 * file, for docs/RELIABILITY.md.
 */
import { expect } from 'vitest';
import { RELIABILITY_FULL } from './full-run';

/** True when the full counts run (`RELIABILITY_FULL=1`). */
export const FULL = RELIABILITY_FULL;

/** Inputs per importer: `quick` in the normal suite, `full` (10,000 by default) in the full run. */
export function fuzzRuns(quick: number, full = 10_000): number {
  return FULL ? full : quick;
}

/**
 * The fast-check seed: fixed, so that a run can be repeated, unless RELIABILITY_SEED gives
 * another (to explore other inputs).
 */
export function fuzzSeed(): number {
  const given = Number(process.env.RELIABILITY_SEED);
  return Number.isInteger(given) && process.env.RELIABILITY_SEED !== '' ? given : 20_261_129;
}

/** No single input may take longer than this to be read or refused. */
export const PER_INPUT_LIMIT_MS = 5_000;

/** The V8 heap in use may never pass this while the importers run (measured after each input). */
export const HEAP_CAP_BYTES = 1024 * 1024 * 1024;

/** The time limit of a test that runs `inputs` inputs, with room for the machine being busy. */
export function testTimeout(inputs: number, perInputMs = 50): number {
  return 60_000 + inputs * perInputMs * (FULL ? 3 : 1);
}

const STACK_TEXT =
  /\n\s+at |\bat .+:\d+:\d+|\.(?:[cm]?[jt]sx?):\d+|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b|Cannot read propert|is not a function|is not iterable|undefined is not|Maximum call stack/;

/** Expects `message` to be a refusal fit to show a person: words, not a stack trace or an engine error. */
export function expectUserMessage(message: string, input?: string): void {
  const context = input === undefined ? '' : ` (input: ${input})`;
  expect(message.trim(), `an empty refusal${context}`).not.toBe('');
  expect(message, `stack or engine text in a refusal${context}`).not.toMatch(STACK_TEXT);
}

/** Counts, times and heap of one importer's fuzz run. */
export class FuzzStats {
  inputs = 0;
  accepted = 0;
  refused = 0;
  /** Rejections after which the workbook's content had changed (must stay 0). */
  partialWrites = 0;
  overLimit = 0;
  maxMs = 0;
  peakHeap = 0;
  /** The input that took longest, for the report. */
  slowest = '';
  private readonly started = performance.now();

  constructor(readonly importer: string) {}

  /** Times one input from `start` (a performance.now()) and samples the heap. */
  record(outcome: 'accepted' | 'refused', start: number, label = ''): void {
    const ms = performance.now() - start;
    this.inputs += 1;
    this[outcome] += 1;
    if (ms > this.maxMs) this.slowest = label.slice(0, 80);
    this.maxMs = Math.max(this.maxMs, ms);
    if (ms > PER_INPUT_LIMIT_MS) this.overLimit += 1;
    this.peakHeap = Math.max(this.peakHeap, process.memoryUsage().heapUsed);
  }

  /** Expects the run within its limits: no input over the time limit, the heap under its cap. */
  expectWithinLimits(): void {
    expect(this.overLimit, `${this.importer}: inputs over ${PER_INPUT_LIMIT_MS} ms`).toBe(0);
    expect(this.peakHeap, `${this.importer}: peak heap`).toBeLessThan(HEAP_CAP_BYTES);
    expect(this.partialWrites, `${this.importer}: partial writes`).toBe(0);
  }

  /** One line of figures for the report. */
  summary(): string {
    const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    return (
      `[fuzz] ${this.importer}: ${this.inputs} inputs (${this.accepted} accepted, ` +
      `${this.refused} refused), ${this.partialWrites} partial writes, max ${this.maxMs.toFixed(0)} ms ` +
      `per input (${this.slowest}), peak heap ${mib(this.peakHeap)}, ${seconds} s in all` +
      (FULL ? ' (full counts)' : '')
    );
  }
}

const PROTOTYPES: readonly [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
];

/** The own properties of the built-in prototypes, to compare before and after a run. */
export function prototypeFingerprint(): string[] {
  return PROTOTYPES.flatMap(([name, prototype]) =>
    Reflect.ownKeys(prototype).map((key) => `${name}.${String(key)}`),
  ).sort();
}

/** Expects no prototype polluted: `({}).polluted` undefined and the prototypes as they were. */
export function expectPrototypesClean(before: readonly string[]): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(prototypeFingerprint()).toEqual(before);
}
