/**
 * `merge <mine.partnerbook> <theirs.partnerbook> --out <merged.partnerbook> [--prefer mine|theirs]`:
 * merges a colleague's copy of a workbook into yours with the app's own merge
 * (shared/files/merge): records changed on one side only take that side, iterations of both
 * sides are kept, deletions travel. Records changed on both sides are conflicts: without
 * --prefer they are listed and nothing is written (exit 1); with it, each is resolved that way
 * and listed with how.
 */
import { applyResolutions, preferSide } from '../../../shared/files/merge/apply-resolutions';
import type { Conflict, MergeCounts, MergeSide } from '../../../shared/files/merge/merge-types';
import { mergedSnapshot } from '../../../shared/files/merge/merge-writes';
import { planMerge } from '../../../shared/files/merge/plan-merge';
import { checkIntegrity } from '../../../shared/files/partnerbook/integrity';
import { ProblemList } from '../../../shared/files/partnerbook/problems';
import type { SnapshotTableName } from '../../../shared/files/partnerbook/snapshot';
import {
  choiceOption,
  flag,
  FORCE_HELP,
  FORCE_OPTION,
  requiredOption,
  type CliCommand,
} from '../command';
import { CliError, EXIT } from '../errors';
import { checkOutput, namedFile } from '../io';
import { readWorkbookFile, WHOLE_FILE_SIZE, writeWorkbookFile } from '../workbook-file';
import { counted, TABLE_NOUNS } from './counts';

const NAME = 'merge';
const SIDES: readonly MergeSide[] = ['mine', 'theirs'];
const ANY_WORKBOOK = 'allow-different-workbook';

const KIND_PHRASES: Readonly<Record<Conflict['kind'], string>> = {
  'both-changed': 'changed in both',
  'deleted-mine': 'deleted in mine, changed in theirs',
  'deleted-theirs': 'changed in mine, deleted in theirs',
};

// A value on one line, shortened: a working copy may run to pages.
function shown(value: string | null): string {
  if (value === null) return '(deleted)';
  const line = value.replace(/\s+/g, ' ').trim();
  if (line === '') return '(empty)';
  return `“${line.length > 60 ? `${line.slice(0, 59)}…` : line}”`;
}

function conflictLines(conflict: Conflict): string[] {
  const also = conflict.followers?.summary ? ` (with its ${conflict.followers.summary})` : '';
  const head = `  ${conflict.what} “${conflict.label}”: ${KIND_PHRASES[conflict.kind]}${also}`;
  if (conflict.kind !== 'both-changed') return [head];
  return [
    head,
    ...conflict.fields.map(
      (field) => `    ${field.label}: mine ${shown(field.mine)}, theirs ${shown(field.theirs)}`,
    ),
  ];
}

/** "2 partners added, 1 contact deleted, 3 iterations added", or "nothing changed". */
function changesPhrase(counts: MergeCounts): string {
  const phrases: string[] = [];
  for (const [table, count] of Object.entries(counts) as [
    SnapshotTableName,
    MergeCounts[keyof MergeCounts],
  ][]) {
    for (const action of ['added', 'updated', 'deleted'] as const) {
      if (count[action] > 0)
        phrases.push(`${counted(count[action], TABLE_NOUNS[table])} ${action}`);
    }
  }
  return phrases.length === 0 ? 'nothing changed' : phrases.join(', ');
}

/** The `merge` command. */
export const mergeCommand: CliCommand = {
  name: NAME,
  summary: "Merge a colleague's copy of a workbook file into yours",
  usage: '<mine.partnerbook> <theirs.partnerbook> --out <merged.partnerbook> [options]',
  positionals: ['mine', 'theirs'],
  options: {
    out: { type: 'string' },
    prefer: { type: 'string' },
    [ANY_WORKBOOK]: { type: 'boolean' },
    ...FORCE_OPTION,
  },
  optionHelp: [
    ['--out <path>', 'The merged workbook file to write (required)'],
    ['--prefer mine|theirs', 'Resolve every conflict with that side; without it, conflicts fail'],
    [`--${ANY_WORKBOOK}`, 'Merge a file of another workbook (no record will match) all the same'],
    FORCE_HELP,
  ],
  description: [
    'Records match by id. A record changed in one file only takes that version; one changed in',
    'both is a conflict. Positioning iterations of both files are kept, and deletions in either',
    'are applied unless the other file changed the record since. Merging the same file again',
    'changes nothing. Without --prefer, conflicts are listed and nothing is written (exit 1).',
    `Reads workbook files of up to ${WHOLE_FILE_SIZE} (validate and info read larger ones).`,
  ].join('\n'),
  async run(input, context) {
    const [mineName = '', theirsName = ''] = input.positionals;
    const mine = namedFile(mineName, context.cwd);
    const theirs = namedFile(theirsName, context.cwd);
    const out = namedFile(requiredOption(input, 'out', NAME), context.cwd);
    const prefer = choiceOption(input, 'prefer', SIDES, NAME);
    const force = flag(input, 'force');
    await checkOutput(out, force);

    const a = await readWorkbookFile(mine, context, NAME);
    const b = await readWorkbookFile(theirs, context, NAME);
    const planned = planMerge(a.snapshot, b.snapshot, {
      allowDifferentWorkbook: flag(input, ANY_WORKBOOK),
    });
    if (!planned.ok) {
      throw new CliError(
        `${theirs.shown}: ${planned.message} (--${ANY_WORKBOOK} merges it anyway)`,
      );
    }
    const { plan } = planned;
    const count = plan.conflicts.length;
    const conflicts = counted(count, ['conflict', 'conflicts']);
    if (count > 0 && prefer === undefined) {
      context.stdout(`${conflicts} between ${mine.shown} and ${theirs.shown}:\n`);
      context.stdout(`${plan.conflicts.flatMap(conflictLines).join('\n')}\n`);
      throw new CliError(
        `${conflicts} to resolve: run again with --prefer mine or --prefer theirs. Nothing was written.`,
      );
    }
    const result = applyResolutions(plan, preferSide(plan, prefer ?? 'mine'));
    if (!result.ok) throw new CliError(result.message);
    const merged = mergedSnapshot(a.snapshot, result.writes);
    const problems = new ProblemList(out.shown);
    checkIntegrity(merged.tables, problems);
    const [problem] = problems.toArray();
    if (problem) throw new CliError(`the merged workbook is not valid: ${problem.message}`);
    await writeWorkbookFile(merged, out, context, force);

    context.stdout(
      `Merged ${theirs.shown} into ${mine.shown} as ${out.shown}: ${changesPhrase(result.counts)}.\n`,
    );
    if (count > 0) {
      context.stdout(`${conflicts} resolved with --prefer ${prefer ?? 'mine'}:\n`);
      for (const { conflict, outcome } of result.resolved) {
        context.stdout(`${conflictLines(conflict).join('\n')}\n    → ${outcome}\n`);
      }
    }
    return EXIT.ok;
  },
};
