import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { IntelligenceEntry } from '../../../../shared/domain/people/intelligence';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './index';
import { upgradeDatabases } from './upgrade-test-kit';
import { v10 } from './v10';

const T0 = '2025-09-14T08:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const FEEDBACK = '30000000-0000-4000-8000-000000000001';
const base = { createdAt: T0, updatedAt: T0 };

const databases = upgradeDatabases('v10');

// A workbook as an earlier version wrote it: one partner.
async function writeFixture(version: number): Promise<string> {
  const old = await databases.older(version);
  await old.table('partners').add({
    ...base,
    id: PARTNER,
    name: 'Baltic Data',
    ...(version >= 2 ? { nameKey: 'baltic data' } : {}),
    stage: 'active',
    tier: 'gold',
    types: [],
    tags: [],
  });
  old.close();
  return old.name;
}

const PEOPLE_TABLES = ['intelligenceEntries', 'feedback', 'decisions', 'stakeholders', 'asks'];

describe('version 10 upgrade', () => {
  // Every version before this one (read from the list, so that renumbering keeps it whole).
  const earlier = SCHEMA_VERSIONS.filter((schema) => schema.version < v10.version);
  for (const { version } of earlier) {
    it(`keeps the partner and adds the five people tables empty, from version ${version}`, async () => {
      const db = await databases.current(await writeFixture(version));
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.partners.get(PARTNER)).toMatchObject({ name: 'Baltic Data' });
      for (const table of PEOPLE_TABLES) expect(await db.table(table).count()).toBe(0);
    });
  }

  it('answers the indexes the screens read by', async () => {
    const db = await databases.current(`v10-indexes-${crypto.randomUUID()}`);
    const trend: IntelligenceEntry = {
      ...base,
      id: crypto.randomUUID(),
      partnerId: PARTNER,
      section: 'trends',
      observedAt: '2025-09-01',
      trend: 'Buyers consolidate vendors',
      impact: 'high',
    };
    await db.intelligenceEntries.add(trend);
    await db.decisions.add({
      ...base,
      id: crypto.randomUUID(),
      scope: 'partnership',
      partnerId: PARTNER,
      context: 'Renewal',
      optionsConsidered: [],
      decision: 'Renew for two years',
      date: '2025-09-10',
      decidedBy: 'Ana',
      feedbackIds: [FEEDBACK],
    });
    await db.stakeholders.add({
      ...base,
      id: crypto.randomUUID(),
      name: 'Maya',
      team: 'engineering',
      influence: 'high',
      stance: 'skeptic',
      partnerIds: [PARTNER],
    });
    const trends = await db.intelligenceEntries
      .where('[partnerId+section]')
      .equals([PARTNER, 'trends'])
      .count();
    expect(trends).toBe(1);
    expect(await db.intelligenceEntries.where('observedAt').below('2025-10-01').count()).toBe(1);
    expect(await db.decisions.where('feedbackIds').equals(FEEDBACK).count()).toBe(1);
    expect(await db.stakeholders.where('partnerIds').equals(PARTNER).count()).toBe(1);
  });
});
