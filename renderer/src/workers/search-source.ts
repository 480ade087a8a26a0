/**
 * How the search worker reads a workbook: partners and contacts each in pages by primary key (a
 * sequential scan; contacts by their partnerId index would cost a random read per contact), in
 * several key ranges at once (ranged-pages.ts), so that the next pages are read while one is
 * indexed. Runs in the worker, which opens its own connection to the database rather than
 * receiving 100 MB from the main thread.
 */
import type { Contact, Partner } from '../../../shared/domain/partner';
import type { PeopleRecords, PeopleSearchTable } from '../../../shared/search/people-search';
import type { Table } from 'dexie';
import type { WorkbookDatabase } from '../db/database';
import { rangedPages, type RangePageReader } from './ranged-pages';

/** Some partners (stored ones may carry extra storage fields) and their contacts. */
export interface PartnerBatch {
  readonly partners: readonly Partner[];
  readonly contacts: readonly Contact[];
}

/** Where the search index gets its data. */
export interface PartnerSource {
  /** How many partners there are (for progress). */
  count(): Promise<number>;
  /** Every partner, in pages of `size`, in no particular order. */
  partnerPages(size: number): AsyncIterable<readonly Partner[]>;
  /** Every contact, in pages of `size`, in no particular partner order. */
  contactPages(size: number): AsyncIterable<readonly Contact[]>;
  /** These partners (those that still exist) and their contacts. */
  read(partnerIds: readonly string[]): Promise<PartnerBatch>;
  /**
   * The stakeholders, feedback and decisions the workbook-wide search finds: all of them, or of
   * one table those of these ids that still exist. (The tables are small: read in one go.)
   */
  readPeople?(only?: { table: PeopleSearchTable; ids: readonly string[] }): Promise<PeopleRecords>;
  /** Releases the connection. */
  close(): void;
}

// The records of a table in one key range (see ranged-pages.ts).
function rangeReader<T, TInsert>(table: Table<T, string, TInsert>): RangePageReader<T> {
  return ({ from, inclusive, below }, size) => {
    const keys = table.where(':id');
    const range =
      below === undefined
        ? inclusive
          ? keys.aboveOrEqual(from)
          : keys.above(from)
        : keys.between(from, below, inclusive, false);
    return range.limit(size).toArray();
  };
}

/** A {@link PartnerSource} over an open (or openable) workbook database. */
export function databaseSource(db: WorkbookDatabase): PartnerSource {
  const { partners, contacts } = db;
  return {
    count: () => partners.count(),
    partnerPages: (size) => rangedPages(rangeReader(partners), size),
    contactPages: (size) => rangedPages(rangeReader(contacts), size),
    read: (partnerIds) =>
      db.transaction('r', partners, contacts, async () => {
        const found = await partners.bulkGet([...partnerIds]);
        return {
          partners: found.filter((partner) => partner !== undefined),
          contacts: await contacts
            .where('partnerId')
            .anyOf([...partnerIds])
            .toArray(),
        };
      }),
    readPeople: async (only) => {
      if (only === undefined) {
        return db.transaction('r', db.stakeholders, db.feedback, db.decisions, async () => ({
          stakeholders: await db.stakeholders.toArray(),
          feedback: await db.feedback.toArray(),
          decisions: await db.decisions.toArray(),
        }));
      }
      const found = await db.table(only.table).bulkGet([...only.ids]);
      return { [only.table]: found.filter((record) => record !== undefined) };
    },
    close: () => {
      db.close();
    },
  };
}
