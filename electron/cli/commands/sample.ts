/**
 * `sample --partners N --out <file.partnerbook> [--seed S]`: a realistic generated workbook for
 * demos and benchmarks: seeded partners with contacts, positioning drafts with their iterations
 * and status changes. The same seed (and --now) always gives the same file.
 */
import { isPartnerbookFileName } from '../../../shared/files/partnerbook/decode';
import { generateSampleSnapshot } from '../../../shared/sample/sample-snapshot';
import {
  flag,
  FORCE_HELP,
  FORCE_OPTION,
  integerOption,
  requiredOption,
  stringOption,
  type CliCommand,
} from '../command';
import { EXIT, UsageError } from '../errors';
import { checkOutput, namedFile } from '../io';
import { writeWorkbookFile } from '../workbook-file';
import { countsPhrase } from './counts';

const NAME = 'sample';

/**
 * The most partners a sample holds. A generated partner with its contacts and its share of
 * drafts, iterations and revision histories takes about 6 KB of file, and a workbook file holds
 * at most 500 MiB: 75,000 partners stay clear of that limit for any seed.
 */
export const MAX_SAMPLE_PARTNERS = 75_000;

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

/** The `sample` command. */
export const sampleCommand: CliCommand = {
  name: NAME,
  summary: 'Generate a realistic workbook file for demos and benchmarks',
  usage: '--partners <N> --out <file.partnerbook> [options]',
  positionals: [],
  options: {
    partners: { type: 'string' },
    out: { type: 'string' },
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
    ['--seed <S>', 'Any whole number; the same seed gives the same workbook (default: 1)'],
    ['--now <date>', 'The moment the data is generated at; all dates lie before it (default: now)'],
    ['--name <name>', 'The workbook’s name (default: “Sample workbook (N partners)”)'],
    FORCE_HELP,
  ],
  description: [
    'Each partner comes with one to three contacts; about half have positioning drafts, each',
    'with one to twelve iterations and the status changes on its way to review and approval.',
  ].join('\n'),
  async run(input, context) {
    const bounds = { min: 1, max: MAX_SAMPLE_PARTNERS };
    const partners = integerOption(input, 'partners', bounds, NAME);
    if (partners === undefined) throw new UsageError('sample needs --partners.', NAME);
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
    const force = flag(input, 'force');
    await checkOutput(out, force);
    const snapshot = generateSampleSnapshot({
      partners,
      seed,
      now,
      ...(name === undefined ? {} : { name }),
    });
    await writeWorkbookFile(snapshot, out, { ...context, now: () => now }, force);
    context.stdout(`Wrote ${out.shown}: ${countsPhrase(snapshot)} (seed ${seed}).\n`);
    return EXIT.ok;
  },
};
