/**
 * Where a worker's job spent its time, as seen from the main thread: the moment the first
 * progress report of each phase arrives starts that phase; the first phase is preceded by
 * `start` (the worker starting up and whatever runs before its first report) and the last one
 * runs until the job's result. Reports arrive only between batches, so each boundary is late by
 * up to one batch: good enough to see which phase dominates, not a profile.
 */

/** A clock started when a job is started. */
export interface PhaseClock {
  /** Pass as the job's progress listener. */
  onProgress: (progress: { phase: string }) => void;
  /** Ends the clock: milliseconds since it started, and per phase. */
  stop(): { ms: number; phases: Record<string, number> };
}

/** Starts a clock now. */
export function startPhaseClock(): PhaseClock {
  const started = performance.now();
  const marks: [string, number][] = [['start', started]];
  return {
    onProgress: ({ phase }) => {
      if (!marks.some(([seen]) => seen === phase)) marks.push([phase, performance.now()]);
    },
    stop() {
      const ended = performance.now();
      const phases: Record<string, number> = {};
      marks.forEach(([phase, at], index) => {
        phases[phase] = (marks[index + 1]?.[1] ?? ended) - at;
      });
      return { ms: ended - started, phases };
    },
  };
}

/** Times the steps of a baseline, one after another. */
export function stepClock(): { lap(step: string): void; stop(): ReturnType<PhaseClock['stop']> } {
  const started = performance.now();
  let last = started;
  const phases: Record<string, number> = {};
  return {
    lap(step) {
      const now = performance.now();
      phases[step] = now - last;
      last = now;
    },
    stop: () => ({ ms: performance.now() - started, phases }),
  };
}
