/**
 * The run's report: bench/results.json (machine, browser, date, every benchmark's figures) and
 * the table printed at the end of a run and pasted into the README.
 */
import type { BenchFigures, GoalCheck } from './figures';
import type { BenchSettings } from './settings';

/** Every benchmark, in report order: one missing from a run is reported as failed. */
export const BENCHMARK_IDS = [
  'write',
  'open',
  'load',
  'scroll',
  'sort-name',
  'sort-health',
  'filter',
  'typing',
  'sort-click',
  'search-build',
  'search-query',
  'memory',
  'bundle',
  'positioning-seed',
  'positioning-commit',
  'positioning-timeline',
  'positioning-timeline-repo',
  'positioning-diff',
  'partnerbook-setup',
  'partnerbook-export',
  'partnerbook-open',
  'csv-import',
  'xlsx-export',
] as const;

/** The machine a run happened on. */
export interface MachineInfo {
  os: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
}

/** A benchmark that produced no figures (its test failed). */
export interface FailedBenchmark {
  id: string;
  status: 'failed';
}

/** bench/results.json. */
export interface BenchResults {
  date: string;
  mode: 'full' | 'quick';
  /** True when any goal was judged (at its full size, with enough pairs). */
  judged: boolean;
  settings: BenchSettings;
  durationSeconds: number;
  machine: MachineInfo;
  browser: { version: string };
  benchmarks: (BenchFigures | FailedBenchmark)[];
}

/**
 * Orders the recorded figures, and marks the benchmarks that recorded nothing as failed; a
 * partial run (`--only`) lists only what it recorded.
 */
export function orderBenchmarks(
  recorded: readonly BenchFigures[],
  partial = false,
): (BenchFigures | FailedBenchmark)[] {
  const byId = new Map(recorded.map((figures) => [figures.id, figures]));
  const known = new Set<string>(BENCHMARK_IDS);
  return [
    ...BENCHMARK_IDS.flatMap((id): (BenchFigures | FailedBenchmark)[] => {
      const figures = byId.get(id);
      if (figures) return [figures];
      return partial ? [] : [{ id, status: 'failed' }];
    }),
    ...recorded.filter((figures) => !known.has(figures.id)),
  ];
}

/** A figure with as many decimals as its size deserves. */
export function formatValue(value: number, unit: string): string {
  const digits =
    unit === '×'
      ? 2
      : Number.isInteger(value) || Math.abs(value) >= 100
        ? 0
        : Math.abs(value) < 10
          ? 2
          : 1;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === '' ? text : unit === '×' ? `${text}×` : `${text} ${unit}`;
}

function goalText(goal: GoalCheck): string {
  const verdict = goal.pass === null ? 'not judged' : goal.pass ? 'pass' : 'FAIL';
  return `${goal.label}: ${formatValue(goal.value, goal.unit)} (${verdict})`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}

// The measured pairs, and the warm-ups when this benchmark ran other than the run's.
function pairsText(entry: BenchFigures, runWarmups: number): string {
  if (entry.warmups === runWarmups) return String(entry.pairs);
  return `${entry.pairs} (${entry.warmups} warm-up${entry.warmups === 1 ? '' : 's'})`;
}

function figuresRow(entry: BenchFigures | FailedBenchmark, runWarmups: number): string {
  if (!('title' in entry))
    return row([entry.id, '', '', 'no figures: the benchmark failed', '', '', '']);
  const side = (figure: BenchFigures['baseline']) =>
    figure ? `${formatValue(figure.median, entry.unit)} (${figure.label})` : '–';
  const ratio = entry.ratio
    ? `${formatValue(entry.ratio.median, '×')} [IQR ${formatValue(entry.ratio.spread.q1, '×')}–${formatValue(entry.ratio.spread.q3, '×')}; range ${formatValue(entry.ratio.spread.min, '×')}–${formatValue(entry.ratio.spread.max, '×')}]`
    : '–';
  const size = entry.size > 0 ? entry.size.toLocaleString('en-US') : '–';
  return row([
    entry.title,
    entry.size > 0 && entry.sizeUnit !== undefined ? `${size} ${entry.sizeUnit}` : size,
    pairsText(entry, runWarmups),
    side(entry.candidate),
    side(entry.baseline),
    ratio,
    entry.goals.map(goalText).join('; ') || '–',
  ]);
}

/** The results as a Markdown table, with a line saying where and how they were measured. */
export function formatTable(results: BenchResults): string {
  const { machine, settings } = results;
  const { positioning } = settings;
  const lines = [
    `${results.mode === 'full' ? 'Full' : 'Quick'} run, ${results.date.slice(0, 10)}: ` +
      `${results.browser.version}, ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGiB} GiB, ${machine.os}; ${settings.partners.toLocaleString('en-US')} ` +
      `partners, ${positioning.iterations.toLocaleString('en-US')} positioning iterations ` +
      `(a ${positioning.timelineIterations.toLocaleString('en-US')}-iteration timeline, ` +
      `${positioning.diffWords.toLocaleString('en-US')}-word diffs), ` +
      `${settings.warmups} warm-up + ${settings.pairs} pairs; ` +
      `${results.judged ? 'goals judged' : 'goals not judged (quick or reduced run)'}.`,
    '',
    row([
      'Benchmark',
      'Size',
      'Pairs',
      'Candidate (median)',
      'Baseline (median)',
      'Ratio (median of pairs)',
      'Goals',
    ]),
    row(['---', '---:', '---:', '---', '---', '---', '---']),
    ...results.benchmarks.map((entry) => figuresRow(entry, settings.warmups)),
  ];
  return lines.join('\n');
}
