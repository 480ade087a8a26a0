import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Activity } from '../../../shared/domain/activity';
import type { Contact } from '../../../shared/domain/partner';
import type {
  IterationSummary,
  PositioningDraft,
  PositioningIteration,
  StatusChange,
} from '../../../shared/domain/positioning';
import type { RevisionEntry, RevisionTable } from '../../../shared/domain/revision';
import type { Tombstone } from '../../../shared/domain/tombstone';
import type { Setting, WorkbookMeta } from '../../../shared/domain/workbook';
import { SCHEMA_VERSIONS } from './schema';
import type { StoredPartner } from './stored-partner';

/** The IndexedDB database that holds one workbook. Only repositories use it. */
export class WorkbookDatabase extends Dexie {
  declare partners: EntityTable<StoredPartner, 'id'>;
  declare contacts: EntityTable<Contact, 'id'>;
  declare positioningDrafts: EntityTable<PositioningDraft, 'id'>;
  declare positioningIterations: EntityTable<PositioningIteration, 'id'>;
  /** Each iteration without its fields, for timelines; written with the iteration, never changed. */
  declare positioningIterationSummaries: EntityTable<IterationSummary, 'id'>;
  declare positioningStatusChanges: EntityTable<StatusChange, 'id'>;
  declare activities: EntityTable<Activity, 'id'>;
  declare settings: EntityTable<Setting, 'key'>;
  declare meta: EntityTable<WorkbookMeta, 'key'>;
  /** One record per deleted partner, contact, activity or draft, for merges and files. */
  declare tombstones: EntityTable<Tombstone, 'id'>;
  /** Each partner's, contact's, activity's, draft's and setting's revision history, for merges. */
  declare revisions: Table<RevisionEntry, [RevisionTable, string]>;

  constructor(name: string) {
    // Strict durability: a user's edit is on disk before the write resolves.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

/** The name of the default local workbook's database. */
export const DEFAULT_WORKBOOK_DB = 'partner-workbook';
