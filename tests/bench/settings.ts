/**
 * Sizes and repetitions of a bench run. The full run (`npm run bench`) is what goals are judged
 * on; the quick run (`npm run bench -- --quick`, BENCH_QUICK=1) only proves that every benchmark
 * still runs and produces figures.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One run's sizes and repetitions. */
export interface BenchSettings {
  quick: boolean;
  /** Partners generated and stored. */
  partners: number;
  /** Measured baseline/candidate pairs per benchmark (after the warm-up). */
  pairs: number;
  /** Unmeasured pairs first, so that caches, JIT and the database are warm. */
  warmups: number;
  /**
   * Partners written by the write benchmark's warm-up pairs: writing 100,000 takes most of a
   * minute per run here, and the warm-up only has to exercise the same code and database paths.
   */
  writeWarmupPartners: number;
  /** requestAnimationFrame steps of the scripted scroll from top to bottom. */
  scrollSteps: number;
  /** Full-text queries timed per measured round of the search benchmark. */
  searchQueries: number;
  /** Sizes of the positioning benchmarks (positioning.bench.ts), which seed their own workbook. */
  positioning: PositioningSettings;
  /** Sizes of the workbook file benchmarks (partnerbook, csv-import and xlsx-export). */
  files: FilesSettings;
}

/** The workbook file benchmarks' sizes (issue 5). */
export interface FilesSettings {
  /**
   * Partners of the sample workbook (the command line's generator) saved and opened as a
   * `.partnerbook` file; its contacts, drafts and iterations follow from them.
   */
  partnerbookPartners: number;
  /**
   * Positioning iterations of that workbook in all, spread over its drafts; undefined for the
   * sample's own number (about 2.6 a partner).
   */
  partnerbookIterations: number | undefined;
  /** Rows of the CRM export imported. */
  csvRows: number;
  /** Rows of the XLSX sheet written, 20 columns each. */
  xlsxRows: number;
}

/** The positioning benchmarks' workbook and repetitions. */
export interface PositioningSettings {
  /** Iterations in the seeded workbook, the timeline draft's included. */
  iterations: number;
  /** Drafts besides the timeline draft, about 100 iterations each. */
  drafts: number;
  /** Iterations of the draft whose timeline is opened. */
  timelineIterations: number;
  /** Partners the drafts belong to, five drafts each. */
  partners: number;
  /** Words of each of the two iterations diffed. */
  diffWords: number;
  /** Commits timed per round of the save benchmark; its p95 is over every measured commit. */
  commitsPerRound: number;
}

/** The full size: goals are judged only on runs at this size. */
export const FULL_PARTNERS = 100_000;
const MIN_PAIRS = 7;

function positiveInt(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number >= 1, got "${text}".`);
  }
  return value;
}

/** True for `npm run bench -- --quick`. */
export const QUICK = process.env.BENCH_QUICK === '1';

/** The full size of the positioning benchmarks: goals are judged only on runs at this size. */
export const FULL_POSITIONING = {
  iterations: 1_000_000,
  timelineIterations: 1_000,
  diffWords: 5_000,
};

/**
 * The full size of the workbook file benchmarks: the issue's own, 100,000 partners and 1,000,000
 * iterations, a `.partnerbook` file of 1.55 GiB with its revision histories (seed 42). No
 * JavaScript string holds such a file, so the app opens it as a stream and saves it in chunks,
 * and the baselines parse and stringify it a batch at a time (partnerbook-streamed-raw.ts).
 */
export const FULL_FILES = {
  partnerbookPartners: 100_000,
  partnerbookIterations: 1_000_000,
  csvRows: 100_000,
  xlsxRows: 100_000,
};

// Iterations of the issue's shape (10 a partner) for a full run at any number of partners.
function filesSettings(
  partnerbookPartners: number,
  issueShape: boolean,
  rows: number,
): FilesSettings {
  const partners = positiveInt('BENCH_FILE_PARTNERS', partnerbookPartners);
  const shaped = Math.round(
    (partners * FULL_FILES.partnerbookIterations) / FULL_FILES.partnerbookPartners,
  );
  const iterations = process.env.BENCH_FILE_ITERATIONS;
  return {
    partnerbookPartners: partners,
    partnerbookIterations:
      iterations !== undefined && iterations !== ''
        ? positiveInt('BENCH_FILE_ITERATIONS', 1)
        : issueShape
          ? shaped
          : undefined,
    csvRows: positiveInt('BENCH_CSV_ROWS', rows),
    xlsxRows: positiveInt('BENCH_XLSX_ROWS', rows),
  };
}

function positioningSettings(
  iterations: number,
  timelineIterations: number,
  diffWords: number,
  commitsPerRound: number,
): PositioningSettings {
  const drafts = Math.max(1, Math.round(iterations / 100));
  return {
    iterations,
    drafts,
    timelineIterations,
    partners: Math.max(1, Math.round(drafts / 5)),
    diffWords,
    commitsPerRound,
  };
}

/** This run's settings; BENCH_PARTNERS and BENCH_PAIRS override them for experiments. */
export const SETTINGS: BenchSettings = QUICK
  ? {
      quick: true,
      partners: positiveInt('BENCH_PARTNERS', 2_000),
      pairs: positiveInt('BENCH_PAIRS', 3),
      warmups: 1,
      writeWarmupPartners: 2_000,
      scrollSteps: 60,
      searchQueries: 10,
      positioning: positioningSettings(positiveInt('BENCH_ITERATIONS', 20_000), 200, 500, 5),
      files: filesSettings(300, false, 2_000),
    }
  : {
      quick: false,
      partners: positiveInt('BENCH_PARTNERS', FULL_PARTNERS),
      pairs: positiveInt('BENCH_PAIRS', MIN_PAIRS),
      warmups: 1,
      writeWarmupPartners: 10_000,
      scrollSteps: 120,
      searchQueries: 40,
      positioning: positioningSettings(
        positiveInt('BENCH_ITERATIONS', FULL_POSITIONING.iterations),
        FULL_POSITIONING.timelineIterations,
        FULL_POSITIONING.diffWords,
        20,
      ),
      files: filesSettings(FULL_FILES.partnerbookPartners, true, FULL_FILES.csvRows),
    };

/** Goals are judged on full runs only: full size and at least the minimum number of pairs. */
export const JUDGED =
  !SETTINGS.quick && SETTINGS.partners >= FULL_PARTNERS && SETTINGS.pairs >= MIN_PAIRS;

/** The positioning goals are judged on full runs at the positioning benchmarks' full size. */
export const POSITIONING_JUDGED =
  !SETTINGS.quick &&
  SETTINGS.pairs >= MIN_PAIRS &&
  SETTINGS.positioning.iterations >= FULL_POSITIONING.iterations &&
  SETTINGS.positioning.timelineIterations >= FULL_POSITIONING.timelineIterations &&
  SETTINGS.positioning.diffWords >= FULL_POSITIONING.diffWords;

/**
 * Pairs that judge the `.partnerbook` benchmarks at the issue's size. Each of their runs reads or
 * writes a 1.6 GB file (the save about 36 s, the open about 12 minutes), so one run's noise is
 * averaged over minutes; 7 open pairs would take over three hours of a quiet machine.
 */
export const LONG_RUN_MIN_PAIRS = 5;

/** Goals of a file benchmark are judged on full runs whose size reaches the issue's. */
export function filesJudged(size: number, fullSize: number, minPairs = MIN_PAIRS): boolean {
  return !SETTINGS.quick && SETTINGS.pairs >= minPairs && size >= fullSize;
}

/**
 * The benchmark files this run is limited to (`npm run bench -- --only positioning`), or
 * undefined for every benchmark.
 */
export const ONLY = process.env.BENCH_ONLY === '' ? undefined : process.env.BENCH_ONLY;

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where each benchmark leaves its figures until the run's report gathers them; not under
 * test-results/, which an e2e run empties when it starts.
 */
export const FIGURES_DIR = path.join(REPO_ROOT, 'bench', '.figures');

/**
 * The run's report: the full run's is committed; a quick run's is not, nor a run limited to some
 * benchmarks (which would otherwise replace the full report with a partial one).
 */
export const RESULTS_FILE = path.join(
  REPO_ROOT,
  'bench',
  ONLY !== undefined
    ? 'results-partial.json'
    : SETTINGS.quick
      ? 'results-quick.json'
      : 'results.json',
);

/** The bench build (`vite build --mode bench`). */
export const BENCH_DIST = path.join(REPO_ROOT, 'dist', 'bench');

/** The port the bench build is served on (the e2e tests use 4173); BENCH_PORT moves it. */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4180);

/** The origin whose database the harness seeds. */
export const SEEDED_ORIGIN = `http://127.0.0.1:${BENCH_PORT}`;

/** The port of a second server of the same build; BENCH_EMPTY_PORT moves it. */
export const EMPTY_PORT = Number(process.env.BENCH_EMPTY_PORT ?? 4181);

/**
 * A second origin serving the same build, with its own IndexedDB that stays empty: the baseline
 * of the open and memory benchmarks runs there, in the same browser (a second browser would
 * compete with the first for these machines' two CPUs).
 */
export const EMPTY_ORIGIN = `http://127.0.0.1:${EMPTY_PORT}`;

/** The app's database name (renderer/src/db/database.ts). */
export const APP_DB = 'partner-workbook';

/** The seed of every generated portfolio. */
export const SEED = 42;
