import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatePartnerBatch } from '../../../shared/sample/seeded-partners';
import { WorkbookDatabase } from '../db/database';
import { openWorkbook, type Workbook } from '../db/workbook';
import { databaseSource } from './search-source';
import type { PartnerSource } from './search-source';

const NOW = new Date('2026-11-01T09:00:00.000Z');
const { partners, contacts } = generatePartnerBatch(5, 0, 120, NOW);

let dbName: string;
let workbook: Workbook;
let source: PartnerSource;

async function collect<T>(pages: AsyncIterable<readonly T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push([...page]);
  return out;
}

beforeEach(async () => {
  dbName = `search-source-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  await workbook.partners.putMany(partners, contacts);
  source = databaseSource(new WorkbookDatabase(dbName));
});

afterEach(async () => {
  source.close();
  workbook.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
});

describe('databaseSource', () => {
  it('reads every partner once, in pages of the asked size', async () => {
    for (const size of [7, 40, 120, 500]) {
      const pages = await collect(source.partnerPages(size));
      expect(pages.every((page) => page.length <= size)).toBe(true);
      const ids = pages.flat().map((partner) => partner.id);
      expect(ids.sort()).toEqual(partners.map((partner) => partner.id).sort());
    }
    expect(await source.count()).toBe(120);
  });

  it('reads every contact once', async () => {
    const pages = await collect(source.contactPages(50));
    const ids = pages.flat().map((contact) => contact.id);
    expect(ids.sort()).toEqual(contacts.map((c) => c.id).sort());
  });

  it('reads chosen partners with their contacts, skipping ids that no longer exist', async () => {
    const [first, second] = partners;
    if (!first || !second) throw new Error('fixture missing');
    await workbook.partners.remove(second.id);
    const batch = await source.read([first.id, second.id]);
    expect(batch.partners.map((partner) => partner.id)).toEqual([first.id]);
    expect(batch.contacts.map((contact) => contact.partnerId)).toEqual(
      contacts.filter((contact) => contact.partnerId === first.id).map(() => first.id),
    );
  });

  it('yields nothing for an empty workbook', async () => {
    const empty = `search-source-empty-${crypto.randomUUID()}`;
    const emptySource = databaseSource(new WorkbookDatabase(empty));
    expect(await collect(emptySource.partnerPages(10))).toEqual([]);
    emptySource.close();
    indexedDB.deleteDatabase(empty);
  });
});
