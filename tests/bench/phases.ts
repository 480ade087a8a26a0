/**
 * Figures of the file benchmarks, whose runs say where their time went (the worker's phases or
 * the baseline's steps, renderer/src/bench/phase-clock.ts): each phase's median goes into the
 * details as `app.<phase>Ms` or `raw.<phase>Ms`.
 */
import { pairedFigures, type BenchFigures } from './figures';
import type { PairSamples } from './pairs';
import { median } from './stats';

/** A run that says where its time went. */
export interface PhasedRun {
  ms: number;
  phases: Record<string, number>;
}

// The median of each phase over the runs, as details named `side.phaseMs`.
function phaseMedians(side: string, runs: readonly PhasedRun[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.phases)))];
  return Object.fromEntries(
    names.map((name) => [`${side}.${name}Ms`, median(runs.map((run) => run.phases[name] ?? 0))]),
  );
}

/** The options of pairedFigures, with the runs in place of the samples. */
type PhasedOptions = Omit<
  Parameters<typeof pairedFigures>[0],
  'unit' | 'candidate' | 'baseline'
> & {
  runs: PairSamples<PhasedRun>;
  /** What each side ran. */
  labels: { candidate: string; baseline: string };
};

/** Figures of a paired benchmark in milliseconds, with each side's phases among the details. */
export function phasedFigures({ runs, labels, details, ...figure }: PhasedOptions): BenchFigures {
  const msOf = (side: readonly PhasedRun[]) => side.map((run) => run.ms);
  return pairedFigures({
    ...figure,
    unit: 'ms',
    candidate: { label: labels.candidate, samples: msOf(runs.candidate) },
    baseline: { label: labels.baseline, samples: msOf(runs.baseline) },
    details: {
      ...details,
      ...phaseMedians('app', runs.candidate),
      ...phaseMedians('raw', runs.baseline),
    },
  });
}
