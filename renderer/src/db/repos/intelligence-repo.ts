import {
  intelligenceEntrySchema,
  type IntelligenceEntry,
  type IntelligenceEntryOf,
  type IntelligenceSection,
} from '../../../../shared/domain/people/intelligence';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { partnerExists, StrategyStore, type WriteCheck } from './strategy-store';

/**
 * Partner intelligence: each partner's dated entries in five sections (customers, technology,
 * competition, channels, trends). An entry belongs to a partner that must exist and stays with it.
 * Entries are listed newest observation first; ties (same day) by the later written first.
 */

const newestFirst = (a: IntelligenceEntry, b: IntelligenceEntry): number =>
  b.observedAt.localeCompare(a.observedAt) || b.createdAt.localeCompare(a.createdAt);

/** A partner's entries grouped by section, every section present (empty when nothing known). */
export type IntelligenceBySection = { [S in IntelligenceSection]: IntelligenceEntryOf<S>[] };

/** Reads and validated writes of intelligence entries. */
export class IntelligenceRepo {
  private readonly store: StrategyStore<IntelligenceEntry>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'intelligenceEntries', intelligenceEntrySchema);
  }

  private readonly rules: WriteCheck<IntelligenceEntry> = async (entry, previous) => {
    if (previous && previous.partnerId !== entry.partnerId) {
      return 'An intelligence entry cannot move to another partner.';
    }
    return partnerExists<IntelligenceEntry>(this.db)(entry, previous);
  };

  /** One entry, or undefined. */
  get(id: string): Promise<IntelligenceEntry | undefined> {
    return this.store.get(id);
  }

  /** A partner's entries of every section, newest first. */
  async entriesOf(partnerId: string): Promise<IntelligenceEntry[]> {
    const entries = await this.db.intelligenceEntries
      .where('partnerId')
      .equals(partnerId)
      .toArray();
    return entries.sort(newestFirst);
  }

  /** A partner's entries of one section, newest first. */
  async sectionOf<S extends IntelligenceSection>(
    partnerId: string,
    section: S,
  ): Promise<IntelligenceEntryOf<S>[]> {
    const entries = await this.db.intelligenceEntries
      .where('[partnerId+section]')
      .equals([partnerId, section])
      .toArray();
    return entries
      .filter((e): e is IntelligenceEntryOf<S> => e.section === section)
      .sort(newestFirst);
  }

  /** A partner's entries by section, each newest first. */
  async bySectionOf(partnerId: string): Promise<IntelligenceBySection> {
    const grouped: IntelligenceBySection = {
      customers: [],
      technology: [],
      competition: [],
      channels: [],
      trends: [],
    };
    for (const entry of await this.entriesOf(partnerId)) {
      (grouped[entry.section] as IntelligenceEntry[]).push(entry);
    }
    return grouped;
  }

  /** Competition and trends across all partners (the workbook-wide view), newest first. */
  async competitionAndTrends(): Promise<IntelligenceEntry[]> {
    const entries = await this.db.intelligenceEntries
      .where('section')
      .anyOf(['competition', 'trends'])
      .toArray();
    return entries.sort(newestFirst);
  }

  /** Validates and creates an entry for an existing partner. */
  create(fields: unknown): Promise<Validated<IntelligenceEntry>> {
    return this.store.create(fields, this.rules);
  }

  /** Validates and replaces an entry's fields. */
  update(id: string, fields: unknown): Promise<Validated<IntelligenceEntry>> {
    return this.store.update(id, fields, this.rules);
  }

  /** Deletes an entry (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<IntelligenceEntry | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted entry. */
  restore(entry: IntelligenceEntry): Promise<void> {
    return this.store.restore(entry);
  }
}
