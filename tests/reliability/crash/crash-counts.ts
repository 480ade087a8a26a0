/**
 * How many times the crash tests kill the browser, and with which seed. The quick counts run in
 * the normal end-to-end suite; RELIABILITY_FULL=1 runs the full counts the reliability figures
 * are taken from. CRASH_SEED replays a run (every run prints its seed).
 */
import { RELIABILITY_FULL } from '../full-run';

/** Whether the full reliability counts were asked for. */
export const reliabilityFull = RELIABILITY_FULL;

/** Kills per crash scenario: at least 50 in a full run, a few in the quick one. */
export function killsPerScenario(quick: number): number {
  return reliabilityFull ? 50 : quick;
}

/** The seed of this run: CRASH_SEED when given, else a fresh one (printed by each spec). */
export function crashSeed(): number {
  const given = Number(process.env.CRASH_SEED);
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1;
}
