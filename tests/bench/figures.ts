/**
 * The figures one benchmark produces, and where it leaves them: a JSON file per benchmark in
 * FIGURES_DIR, gathered into the run's report by global-teardown.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIGURES_DIR, JUDGED, SETTINGS } from './settings';
import type { Spread } from './stats';
import { median, summarizePairs } from './stats';

/** One goal of the issue and how this run measured against it. All goals are "at most". */
export interface GoalCheck {
  label: string;
  value: number;
  limit: number;
  unit: string;
  /** Null when not judged: quick runs and reduced sizes only check that figures come out. */
  pass: boolean | null;
}

/** One measured side of a benchmark. */
export interface SideFigure {
  /** What ran, e.g. "PartnerRepo.putMany". */
  label: string;
  median: number;
}

/** Everything one benchmark reports. */
export interface BenchFigures {
  id: string;
  title: string;
  /** Partners in the workbook, or what sizeUnit counts (0 where size does not apply). */
  size: number;
  /** What size counts when it is not partners, e.g. "iterations". */
  sizeUnit?: string;
  pairs: number;
  warmups: number;
  /** The unit of the candidate and baseline medians. */
  unit: string;
  candidate: SideFigure;
  baseline: SideFigure | null;
  /** Median of candidate/baseline per pair, with its spread; null without a baseline. */
  ratio: { median: number; spread: Spread } | null;
  /** Further figures, e.g. p95 and max frame times. */
  details: Record<string, number>;
  goals: GoalCheck[];
}

/** A goal before it is judged. */
export type GoalSpec = Omit<GoalCheck, 'pass'>;

/** Judges goals on full runs (or when `judged` says so); leaves them unjudged otherwise. */
export function judge(goals: readonly GoalSpec[], judged = JUDGED): GoalCheck[] {
  return goals.map((goal) => ({ ...goal, pass: judged ? goal.value <= goal.limit : null }));
}

/** A size other than the run's partners, and whether this benchmark's goals are judged. */
export interface FigureScope {
  size?: number;
  sizeUnit?: string;
  /** Defaults to JUDGED (a full run at 100,000 partners). */
  judged?: boolean;
  /** Warm-up pairs, when this benchmark ran other than the run's. */
  warmups?: number;
}

/** The size fields a scope overrides. */
function scopedSize(
  scope: FigureScope,
): Partial<Pick<BenchFigures, 'size' | 'sizeUnit' | 'warmups'>> {
  return {
    ...(scope.size === undefined ? {} : { size: scope.size }),
    ...(scope.sizeUnit === undefined ? {} : { sizeUnit: scope.sizeUnit }),
    ...(scope.warmups === undefined ? {} : { warmups: scope.warmups }),
  };
}

/** What every benchmark of this run shares. */
export function runShape(): Pick<BenchFigures, 'size' | 'pairs' | 'warmups'> {
  return { size: SETTINGS.partners, pairs: SETTINGS.pairs, warmups: SETTINGS.warmups };
}

/** Figures of a paired benchmark; `goals` may use the ratio, given to it. */
export function pairedFigures(
  options: FigureScope & {
    id: string;
    title: string;
    unit: string;
    candidate: { label: string; samples: readonly number[] };
    baseline: { label: string; samples: readonly number[] };
    details?: Record<string, number>;
    goals: (ratio: number) => GoalSpec[];
  },
): BenchFigures {
  const summary = summarizePairs(options.candidate.samples, options.baseline.samples);
  return {
    id: options.id,
    title: options.title,
    ...runShape(),
    ...scopedSize(options),
    pairs: summary.pairs,
    unit: options.unit,
    candidate: { label: options.candidate.label, median: summary.candidateMedian },
    baseline: { label: options.baseline.label, median: summary.baselineMedian },
    ratio: { median: summary.medianRatio, spread: summary.ratioSpread },
    details: options.details ?? {},
    goals: judge(options.goals(summary.medianRatio), options.judged),
  };
}

/** Figures of a benchmark without a baseline: its ratio is null. */
export function soloFigures(
  options: FigureScope & {
    id: string;
    title: string;
    unit: string;
    candidate: { label: string; samples: readonly number[] };
    details?: Record<string, number>;
    goals: GoalSpec[];
    /** Measured rounds, when a round gives several samples. */
    pairs?: number;
  },
): BenchFigures {
  return {
    id: options.id,
    title: options.title,
    ...runShape(),
    ...scopedSize(options),
    pairs: options.pairs ?? options.candidate.samples.length,
    unit: options.unit,
    candidate: { label: options.candidate.label, median: median(options.candidate.samples) },
    baseline: null,
    ratio: null,
    details: options.details ?? {},
    goals: judge(options.goals, options.judged),
  };
}

function numbersOf(figures: BenchFigures): [string, number][] {
  const numbers: [string, number][] = [];
  numbers.push(['candidate median', figures.candidate.median]);
  if (figures.baseline) numbers.push(['baseline median', figures.baseline.median]);
  if (figures.ratio) {
    numbers.push(['median ratio', figures.ratio.median]);
    const { min, q1, q3, max } = figures.ratio.spread;
    numbers.push(['ratio min', min], ['ratio q1', q1], ['ratio q3', q3], ['ratio max', max]);
  }
  for (const entry of Object.entries(figures.details)) numbers.push(entry);
  for (const goal of figures.goals) numbers.push([goal.label, goal.value]);
  return numbers;
}

/** Checks that a measured benchmark produced finite figures, then leaves them for the report. */
export async function recordFigures(figures: BenchFigures): Promise<void> {
  for (const [name, value] of numbersOf(figures)) {
    if (!Number.isFinite(value)) throw new Error(`${figures.id}: ${name} is ${value}.`);
  }
  await mkdir(FIGURES_DIR, { recursive: true });
  await writeFile(
    path.join(FIGURES_DIR, `${figures.id}.json`),
    `${JSON.stringify(figures, null, 2)}\n`,
  );
}

/** The file the browser's version is left in. */
export const BROWSER_FILE = '_browser.json';

/** Leaves the browser's version for the report. */
export async function recordBrowser(version: string): Promise<void> {
  await mkdir(FIGURES_DIR, { recursive: true });
  await writeFile(path.join(FIGURES_DIR, BROWSER_FILE), JSON.stringify({ version }));
}
