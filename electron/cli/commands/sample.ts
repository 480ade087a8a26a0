/**
 * `sample --partners N --out <file.partnerbook> [--iterations I] [--seed S]`: a realistic
 * generated workbook for demos and benchmarks: seeded partners with contacts, positioning drafts
 * with their iterations and status changes. The same seed (and --now) always gives the same file.
 * The file is written as it is made (shared/sample/sample-file.ts), never held whole.
 */
import { isPartnerbookFileName } from '../../../shared/files/partnerbook/decode';
import { MAX_PARTNERBOOK_BYTES } from '../../../shared/files/partnerbook/format';
import {
  MAX_DRAFT_ITERATIONS,
  TooManyIterationsError,
} from '../../../shared/sample/iteration-counts';
import { sampleFile, type SampleFile } from '../../../shared/sample/sample-file';
import type { SampleSnapshotOptions } from '../../../shared/sample/sample-snapshot';
import {
  flag,
  FORCE_HELP,
  FORCE_OPTION,
  integerOption,
  requiredOption,
  stringOption,
  type CliCommand,
  type CliContext,
} from '../command';
import { EXIT, UsageError } from '../errors';
import { checkOutput, namedFile } from '../io';
import { writeWorkbookParts, writingMeta } from '../workbook-file';
import { counted, TABLE_NOUNS, tableCountsPhrase } from './counts';

const NAME = 'sample';

// Bytes of file, measured on seed 1: per partner with its contacts, drafts, status changes and
// revision histories (2,609 at 100,000 partners); per iteration in the histories --iterations
// makes (1,404 at 1,000,000 over 72,626 drafts; longer histories make longer iterations); per
// partner with the default histories, 2.6 iterations each (6,052 at 75,000).
const PARTNER_BYTES = 2_650;
const ITERATION_BYTES = 1_450;
const DEFAULT_PARTNER_BYTES = 6_100;

/**
 * The most partners a sample holds. A workbook file holds 4 GiB (MAX_PARTNERBOOK_BYTES), which
 * at the default histories' 6.1 KB per partner is about 700,000 partners; but the partners,
 * contacts, drafts and revision histories are held while the file is written (about 3.3 KB of
 * heap per partner, measured at 100,000), and so are up to 250,000 iterations at a time (about
 * 0.45 GB). 500,000 partners make a file of about 2.8 GiB and should hold about 2.1 GB: within
 * the 4 GB heap Node takes by default where the machine has the memory (with less, run it with
 * NODE_OPTIONS=--max-old-space-size=4096).
 */
export const MAX_SAMPLE_PARTNERS = 500_000;

/**
 * The most iterations a sample holds: 2,500,000 at about 1.45 KB each make 3.4 GiB of file,
 * which leaves room under the 4 GiB cap for the partners (a sample's size is checked as a whole
 * before it is made, and the file's bytes as it is written).
 */
export const MAX_SAMPLE_ITERATIONS = 2_500_000;

const GIB = 1024 ** 3;

function nowOption(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(
      `--now must be a date and time like 2026-01-31T09:00:00Z, not “${text}”.`,
      NAME,
    );
  }
  return date;
}

// Refuses, before any work, a sample whose file would clearly pass the size a workbook file has.
function checkSize(partners: number, iterations: number | undefined): void {
  const bytes =
    iterations === undefined
      ? partners * DEFAULT_PARTNER_BYTES
      : partners * PARTNER_BYTES + iterations * ITERATION_BYTES;
  if (bytes <= MAX_PARTNERBOOK_BYTES) return;
  const size = (bytes / GIB).toLocaleString('en-US', { maximumFractionDigits: 1 });
  throw new UsageError(
    `a sample of that size makes a file of about ${size} GiB, and a workbook file holds at most ${MAX_PARTNERBOOK_BYTES / GIB} GiB: ask for fewer partners or iterations.`,
    NAME,
  );
}

// The sample's file, planned; too many iterations for its drafts is a usage mistake.
function plannedFile(options: SampleSnapshotOptions, context: CliContext): SampleFile {
  try {
    return sampleFile(options, writingMeta(context));
  } catch (error) {
    if (!(error instanceof TooManyIterationsError)) throw error;
    const partners = counted(options.partners, TABLE_NOUNS.partners);
    const drafts = counted(error.drafts, TABLE_NOUNS.positioningDrafts);
    throw new UsageError(
      `--iterations must be at most ${error.most.toLocaleString('en-US')} for ${partners}: their ${drafts} hold at most ${MAX_DRAFT_ITERATIONS.toLocaleString('en-US')} iterations each.`,
      NAME,
    );
  }
}

/** The `sample` command. */
export const sampleCommand: CliCommand = {
  name: NAME,
  summary: 'Generate a realistic workbook file for demos and benchmarks',
  usage: '--partners <N> --out <file.partnerbook> [options]',
  positionals: [],
  options: {
    partners: { type: 'string' },
    out: { type: 'string' },
    iterations: { type: 'string' },
    seed: { type: 'string' },
    now: { type: 'string' },
    name: { type: 'string' },
    ...FORCE_OPTION,
  },
  optionHelp: [
    [
      '--partners <N>',
      `How many partners, 1 to ${MAX_SAMPLE_PARTNERS.toLocaleString('en-US')} (required)`,
    ],
    ['--out <file.partnerbook>', 'The workbook file to write (required)'],
    [
      '--iterations <N>',
      `Positioning iterations in all, 0 to ${MAX_SAMPLE_ITERATIONS.toLocaleString('en-US')} (default: 1–12 per draft)`,
    ],
    ['--seed <S>', 'Any whole number; the same seed gives the same workbook (default: 1)'],
    ['--now <date>', 'The moment the data is generated at; all dates lie before it (default: now)'],
    ['--name <name>', 'The workbook’s name (default: “Sample workbook (N partners)”)'],
    FORCE_HELP,
  ],
  description: [
    'Each partner comes with one to three contacts; about half have positioning drafts, each',
    'with one to twelve iterations and the status changes on its way to review and approval.',
    'With --iterations, the drafts share that many iterations instead: most histories short,',
    `a few long, none over ${MAX_DRAFT_ITERATIONS.toLocaleString('en-US')}. The file is written as it is made, up to 4 GiB; the`,
    'benchmark workbook of 100,000 partners and 1,000,000 iterations (1.6 GB) takes two minutes:',
    '  partner-workbook sample --partners 100000 --iterations 1000000 --out big.partnerbook',
  ].join('\n'),
  async run(input, context) {
    const bounds = { min: 1, max: MAX_SAMPLE_PARTNERS };
    const partners = integerOption(input, 'partners', bounds, NAME);
    if (partners === undefined) throw new UsageError('sample needs --partners.', NAME);
    const iterationBounds = { min: 0, max: MAX_SAMPLE_ITERATIONS };
    const iterations = integerOption(input, 'iterations', iterationBounds, NAME);
    const out = namedFile(requiredOption(input, 'out', NAME), context.cwd);
    if (!isPartnerbookFileName(out.shown)) {
      throw new UsageError(`--out must name a .partnerbook file, not “${out.shown}”.`, NAME);
    }
    const seedBounds = { min: -0x8000_0000, max: 0xffff_ffff };
    const seed = integerOption(input, 'seed', seedBounds, NAME) ?? 1;
    const now = nowOption(stringOption(input, 'now', NAME)) ?? context.now();
    const name = stringOption(input, 'name', NAME)?.trim();
    if (name !== undefined && name.length > 200) {
      throw new UsageError('--name must be at most 200 characters.', NAME);
    }
    checkSize(partners, iterations);
    const force = flag(input, 'force');
    await checkOutput(out, force);
    const file = plannedFile(
      {
        partners,
        seed,
        now,
        ...(name === undefined ? {} : { name }),
        ...(iterations === undefined ? {} : { iterations }),
      },
      { ...context, now: () => now },
    );
    await writeWorkbookParts(file.parts, out, force);
    context.stdout(`Wrote ${out.shown}: ${tableCountsPhrase(file.counts)} (seed ${seed}).\n`);
    return EXIT.ok;
  },
};
