import type { ProblemList } from './problems';
import type { IntegrityTables } from './integrity-keys';
import type { StrategyChecks } from './strategy-integrity';

/**
 * The cross-record checks of the people tables (see integrity.ts). Every id is unique. An
 * intelligence entry belongs to a partner in the file, and feedback, a decision or an ask that
 * names a partner names one in the file: all of them are deleted with it. The rest may point at
 * a record that is in the file or recorded as deleted: a stakeholder's partners (deleting a
 * partner takes it off the list, but a merge may bring back a colleague's version of the list),
 * an ask's stakeholder and a feedback entry's positioning iteration (a merge may take a
 * colleague's deletion of either while keeping an ask or feedback of ours). A file the app wrote
 * must always open; the screens show such a link as deleted. A decision's linked feedback is not
 * checked at all: deleted feedback reads as "missing" (see decisionVoice in domain/people/voice.ts).
 */

/** Adds a problem for each duplicate id and dangling reference of the people tables. */
export function checkPeopleIntegrity(
  tables: IntegrityTables,
  checks: StrategyChecks,
  problems: ProblemList,
): void {
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
  const deleted = new Set(ids(tables.tombstones));
  const { partners } = checks;
  checks.unique('intelligenceEntries', ids(tables.intelligenceEntries));
  checks.owner(
    'intelligenceEntries',
    tables.intelligenceEntries.map((entry) => entry.partnerId),
    partners,
  );
  const iterations = new Set(ids(tables.positioningIterations));
  checks.unique('feedback', ids(tables.feedback));
  checks.unique('decisions', ids(tables.decisions));
  const stakeholders = checks.unique('stakeholders', ids(tables.stakeholders));
  checks.unique('asks', ids(tables.asks));

  const namedPartner = (
    table: 'feedback' | 'decisions' | 'asks',
    records: readonly { partnerId?: string | undefined }[],
  ) =>
    records.forEach(({ partnerId }, index) => {
      if (partnerId === undefined || partners.has(partnerId)) return;
      problems.add(
        ['tables', table, index, 'partnerId'],
        `this record is about partner “${partnerId}”, which is not in the file.`,
      );
    });
  namedPartner('feedback', tables.feedback);
  namedPartner('decisions', tables.decisions);
  namedPartner('asks', tables.asks);

  tables.feedback.forEach(({ positioningIterationId: iteration }, index) => {
    if (iteration === undefined || iterations.has(iteration) || deleted.has(iteration)) return;
    problems.add(
      ['tables', 'feedback', index, 'positioningIterationId'],
      `this feedback is evidence for positioning iteration “${iteration}”, which is neither in the file nor deleted.`,
    );
  });
  tables.asks.forEach(({ stakeholderId }, index) => {
    if (stakeholders.has(stakeholderId) || deleted.has(stakeholderId)) return;
    problems.add(
      ['tables', 'asks', index, 'stakeholderId'],
      `this ask is of stakeholder “${stakeholderId}”, who is neither in the file nor deleted.`,
    );
  });
  tables.stakeholders.forEach((stakeholder, index) => {
    stakeholder.partnerIds.forEach((partnerId, at) => {
      if (partners.has(partnerId) || deleted.has(partnerId)) return;
      problems.add(
        ['tables', 'stakeholders', index, 'partnerIds', at],
        `this stakeholder matters for partner “${partnerId}”, which is neither in the file nor deleted.`,
      );
    });
  });
}
