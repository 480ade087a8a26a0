import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../database';
import { SettingsRepo } from './settings-repo';

let db: WorkbookDatabase;
let settings: SettingsRepo;

beforeEach(async () => {
  db = new WorkbookDatabase(`settings-${crypto.randomUUID()}`);
  await db.open();
  settings = new SettingsRepo(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('SettingsRepo', () => {
  it('stores any JSON value per key, and forgets it when set to undefined', async () => {
    expect(await settings.get('theme')).toBeUndefined();
    await settings.set('theme', { mode: 'dark', scale: 1.25 });
    expect(await settings.get('theme')).toEqual({ mode: 'dark', scale: 1.25 });
    await settings.set('theme', undefined);
    expect(await settings.get('theme')).toBeUndefined();
    expect(await db.settings.count()).toBe(0);
  });

  it('keeps the author trimmed, and clears it when the name is blank', async () => {
    expect(await settings.author()).toBeUndefined();
    expect(await settings.setAuthor('  Liis Tamm ')).toEqual({ ok: true, value: 'Liis Tamm' });
    expect(await settings.author()).toBe('Liis Tamm');
    expect(await settings.setAuthor('   ')).toEqual({ ok: true, value: undefined });
    expect(await settings.author()).toBeUndefined();
  });

  it('refuses an author name over 200 characters and keeps the previous one', async () => {
    await settings.setAuthor('Liis');
    const result = await settings.setAuthor('x'.repeat(201));
    expect(result).toEqual({
      ok: false,
      errors: { author: 'Your name must be at most 200 characters.' },
    });
    expect(await settings.author()).toBe('Liis');
  });

  it('ignores a stored author that is not a valid name', async () => {
    await settings.set('author', 42);
    expect(await settings.author()).toBeUndefined();
  });

  it('reads strategy settings with defaults, and keeps the old value when a new one is invalid', async () => {
    expect(await settings.strategy()).toEqual({
      currency: 'EUR',
      healthWeights: {
        revenue: 35,
        pipeline: 20,
        engagement: 20,
        enablement: 15,
        relationship: 10,
      },
      healthTargets: { activitiesPer90Days: 6, certifiedPeople: 3 },
      tiers: [],
    });
    expect(await settings.setStrategy('currency', ' usd ')).toEqual({ ok: true, value: 'USD' });
    const weights = { revenue: 40, pipeline: 20, engagement: 20, enablement: 10, relationship: 5 };
    expect(await settings.setStrategy('healthWeights', weights)).toEqual({
      ok: false,
      errors: { _: 'The weights add up to 95%; make them add up to 100%.' },
    });
    const tiers = [
      { slot: 'gold', name: 'Premier', rank: 3, requirements: [], benefits: [] },
      { slot: 'silver', name: 'Select', rank: 2, requirements: [], benefits: [] },
    ];
    expect((await settings.setStrategy('tiers', tiers)).ok).toBe(true);
    const read = await settings.strategy();
    expect(read.currency).toBe('USD');
    expect(read.healthWeights.revenue).toBe(35);
    expect(read.tiers.map((tier) => tier.name)).toEqual(['Select', 'Premier']);
  });

  it('reads a stored value that no longer passes its schema as the default', async () => {
    await settings.set('currency', 'euros');
    await settings.set('tier-programme', [{ slot: 'diamond' }]);
    const read = await settings.strategy();
    expect(read.currency).toBe('EUR');
    expect(read.tiers).toEqual([]);
  });

  it('stores a valid target activity mix and refuses an invalid one, keeping the last', async () => {
    expect(await settings.balanceTarget()).toEqual({
      inboundPercent: 40,
      developmentPercent: 50,
      tolerancePoints: 10,
    });
    const mix = { inboundPercent: 60, developmentPercent: 30, tolerancePoints: 5 };
    expect(await settings.setBalanceTarget(mix)).toEqual({ ok: true, value: mix });
    const refused = await settings.setBalanceTarget({ ...mix, tolerancePoints: 80 });
    expect(refused).toEqual({
      ok: false,
      errors: { tolerancePoints: 'The tolerance is a whole number of points from 0 to 50.' },
    });
    expect(await settings.balanceTarget()).toEqual(mix);
  });
});
