import type { ProblemList } from './problems';
import type { IntegrityTables } from './integrity-keys';
import type { SnapshotTableName } from './snapshot';
import { checkPeopleIntegrity } from './people-integrity';
import { checkStrategyIntegrity, type StrategyChecks } from './strategy-integrity';

/**
 * The checks that span records, run once every record is valid on its own: ids unique within a
 * table, and records that belong to another record (a contact to its partner, an iteration to
 * its draft) pointing at one the file holds (strategy-integrity.ts checks the strategy tables,
 * people-integrity.ts the people tables).
 * Drafts may name a partner that was deleted (their positioning outlives the partner), so that
 * reference is not checked.
 */

/** How deep a setting's free-form value may nest. */
export const MAX_SETTING_DEPTH = 32;

function checkUnique(
  table: SnapshotTableName,
  keys: readonly string[],
  field: string,
  problems: ProblemList,
): Set<string> {
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      problems.add(
        ['tables', table, index, field],
        `“${key}” is also the ${field} of tables.${table}[${first}]; each record needs its own.`,
      );
    }
  });
  return new Set(seen.keys());
}

function checkOwner(
  table: SnapshotTableName,
  owners: readonly string[],
  field: string,
  known: ReadonlySet<string>,
  what: string,
  problems: ProblemList,
): void {
  owners.forEach((owner, index) => {
    if (!known.has(owner)) {
      problems.add(
        ['tables', table, index, field],
        `this record belongs to ${what} “${owner}”, which is not in the file.`,
      );
    }
  });
}

function depth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [item, level] = entry;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, level + 1);
    if (deepest > MAX_SETTING_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, level + 1]);
  }
  return deepest;
}

// A record has one revision history: a table and id listed once.
function checkOneHistoryEach(tables: IntegrityTables, problems: ProblemList): void {
  const seen = new Map<string, number>();
  tables.revisions.forEach((entry, index) => {
    const key = `${entry.table}\u0000${entry.id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      problems.add(
        ['tables', 'revisions', index, 'id'],
        `the history of ${entry.table} “${entry.id}” is also in tables.revisions[${first}]; each record has one.`,
      );
    }
  });
}

/**
 * Adds a problem for each duplicate id (or revision history), dangling reference and over-deep
 * setting.
 */
export function checkIntegrity(tables: IntegrityTables, problems: ProblemList): void {
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
  const partners = checkUnique('partners', ids(tables.partners), 'id', problems);
  checkUnique('contacts', ids(tables.contacts), 'id', problems);
  const drafts = checkUnique('positioningDrafts', ids(tables.positioningDrafts), 'id', problems);
  checkUnique('positioningIterations', ids(tables.positioningIterations), 'id', problems);
  checkUnique('positioningStatusChanges', ids(tables.positioningStatusChanges), 'id', problems);
  checkUnique('activities', ids(tables.activities), 'id', problems);
  checkUnique(
    'settings',
    tables.settings.map((setting) => setting.key),
    'key',
    problems,
  );
  checkUnique('tombstones', ids(tables.tombstones), 'id', problems);
  checkOneHistoryEach(tables, problems);

  const owner = <T>(records: readonly T[], of: (record: T) => string) => records.map(of);
  checkOwner(
    'contacts',
    owner(tables.contacts, (contact) => contact.partnerId),
    'partnerId',
    partners,
    'partner',
    problems,
  );
  checkOwner(
    'activities',
    owner(tables.activities, (activity) => activity.partnerId),
    'partnerId',
    partners,
    'partner',
    problems,
  );
  checkOwner(
    'positioningIterations',
    owner(tables.positioningIterations, (iteration) => iteration.draftId),
    'draftId',
    drafts,
    'positioning draft',
    problems,
  );
  checkOwner(
    'positioningStatusChanges',
    owner(tables.positioningStatusChanges, (change) => change.draftId),
    'draftId',
    drafts,
    'positioning draft',
    problems,
  );
  const checks: StrategyChecks = {
    partners,
    unique: (table, keys) => checkUnique(table, keys, 'id', problems),
    owner: (table, owners, known) =>
      checkOwner(table, owners, 'partnerId', known, 'partner', problems),
  };
  checkStrategyIntegrity(tables, checks, problems);
  checkPeopleIntegrity(tables, checks, problems);
  tables.settings.forEach((setting, index) => {
    if (depth(setting.value) > MAX_SETTING_DEPTH) {
      problems.add(
        ['tables', 'settings', index, 'value'],
        `the value nests deeper than ${MAX_SETTING_DEPTH} levels.`,
      );
    }
  });
}
