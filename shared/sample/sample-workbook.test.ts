import { describe, expect, it } from 'vitest';
import { activitySchema } from '../domain/activity';
import { healthBand } from '../domain/labels';
import { contactSchema, partnerSchema } from '../domain/partner';
import { createRng, uuidFrom } from '../util/prng';
import { createSampleWorkbook, sampleEmail, SAMPLE_PARTNERS } from './sample-workbook';

const now = new Date('2025-06-15T09:30:00.000Z');
const DAY_MS = 86_400_000;

const seededIds = (seed: number): (() => string) => {
  const rng = createRng(seed);
  return () => uuidFrom(rng);
};

const build = () => createSampleWorkbook({ now, newId: seededIds(1) });

describe('createSampleWorkbook', () => {
  it('creates about 25 partners with contacts and activities', () => {
    const { partners, contacts, activities } = build();
    expect(partners.length).toBeGreaterThanOrEqual(20);
    expect(partners.length).toBeLessThanOrEqual(30);
    expect(partners).toHaveLength(SAMPLE_PARTNERS.length);
    for (const p of partners) {
      const own = contacts.filter((c) => c.partnerId === p.id);
      expect(own.length, p.name).toBeGreaterThanOrEqual(1);
      expect(own.length, p.name).toBeLessThanOrEqual(4);
      expect(
        activities.some((a) => a.partnerId === p.id),
        p.name,
      ).toBe(true);
    }
  });

  it('makes records that the schemas accept unchanged', () => {
    const { partners, contacts, activities } = build();
    for (const p of partners) expect(partnerSchema.parse(p)).toEqual(p);
    for (const c of contacts) expect(contactSchema.parse(c)).toEqual(c);
    for (const a of activities) expect(activitySchema.parse(a)).toEqual(a);
  });

  it('links every contact and activity to a partner, with unique ids throughout', () => {
    const { partners, contacts, activities } = build();
    const partnerIds = new Set(partners.map((p) => p.id));
    for (const c of contacts) expect(partnerIds.has(c.partnerId)).toBe(true);
    for (const a of activities) expect(partnerIds.has(a.partnerId)).toBe(true);
    const allIds = [...partners, ...contacts, ...activities].map((record) => record.id);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('takes one id per record from newId, in a fixed order', () => {
    let calls = 0;
    const next = seededIds(2);
    const workbook = createSampleWorkbook({
      now,
      newId: () => {
        calls += 1;
        return next();
      },
    });
    expect(calls).toBe(
      workbook.partners.length + workbook.contacts.length + workbook.activities.length,
    );
    expect(createSampleWorkbook({ now, newId: seededIds(2) })).toEqual(workbook);
  });

  it('covers the portfolio: types, stages, tiers, regions, owners and health bands', () => {
    const { partners } = build();
    expect(new Set(partners.flatMap((p) => p.types)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(partners.map((p) => p.stage)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(partners.map((p) => p.tier)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(partners.map((p) => p.region)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(partners.map((p) => p.owner)).size).toBe(4);
    expect(partners.filter((p) => p.types.length > 1).length).toBeGreaterThanOrEqual(3);
    const bands = partners.map((p) => healthBand(p.healthScore));
    for (const band of ['green', 'yellow', 'red'] as const) {
      expect(bands.filter((b) => b === band).length, band).toBeGreaterThanOrEqual(3);
    }
    const unscored = partners.filter((p) => p.healthScore === undefined);
    expect(unscored.length).toBeGreaterThan(0);
    for (const p of unscored) expect(['prospect', 'applicant']).toContain(p.stage);
    const engaged = partners.filter((p) => p.stage === 'active' || p.stage === 'growing');
    expect(engaged.length).toBeGreaterThan(partners.length / 3);
  });

  it('gives unique names and websites, with contacts emailed at the partner domain', () => {
    const { partners, contacts } = build();
    expect(new Set(partners.map((p) => p.name)).size).toBe(partners.length);
    expect(new Set(partners.map((p) => p.website)).size).toBe(partners.length);
    const hosts = new Map(partners.map((p) => [p.id, new URL(p.website ?? '').hostname]));
    for (const p of partners) expect(hosts.get(p.id)).toMatch(/\.example$/);
    for (const c of contacts) expect(c.email?.split('@')[1]).toBe(hosts.get(c.partnerId));
  });

  it('writes notes of two to four sentences', () => {
    for (const p of build().partners) {
      const sentences = (p.notes ?? '').split(/(?<=[.!?])\s+/).filter((s) => s !== '');
      expect(sentences.length, p.name).toBeGreaterThanOrEqual(2);
      expect(sentences.length, p.name).toBeLessThanOrEqual(4);
    }
  });

  it('dates everything before now, with last activity matching the latest activity', () => {
    const { partners, activities } = build();
    const nowIso = now.toISOString();
    for (const p of partners) {
      const own = activities.filter((a) => a.partnerId === p.id).map((a) => a.occurredAt);
      expect(p.lastActivityAt, p.name).toBe(own.sort().at(-1));
      expect(p.createdAt <= p.updatedAt).toBe(true);
      expect(p.updatedAt <= nowIso).toBe(true);
      for (const occurredAt of own) expect(occurredAt >= p.createdAt, p.name).toBe(true);
    }
  });

  it('gets the hand-checked facts about Northwind Cloud Partners right', () => {
    const { partners, contacts, activities } = build();
    const northwind = partners.find((p) => p.name === 'Northwind Cloud Partners');
    expect(northwind).toMatchObject({
      types: ['reseller', 'msp'],
      stage: 'growing',
      tier: 'gold',
      region: 'North America',
      owner: 'Maya Okafor',
      website: 'https://northwind-cloud.example',
      healthScore: 86,
      lastActivityAt: new Date(now.getTime() - 6 * DAY_MS).toISOString(),
    });
    expect(healthBand(northwind?.healthScore)).toBe('green');
    expect(northwind?.tags).toContain('co-sell');
    const people = contacts.filter((c) => c.partnerId === northwind?.id);
    expect(people.map((c) => c.name)).toEqual(['Rachel Donnelly', 'Marcus Bell', 'Hannah Cho']);
    expect(people[0]).toMatchObject({
      role: 'Alliance Director',
      email: 'rachel.donnelly@northwind-cloud.example',
      phone: '+1 312 555 0147',
    });
    const own = activities.filter((a) => a.partnerId === northwind?.id);
    expect(own).toHaveLength(4);
    expect(own[0]).toMatchObject({ direction: 'inbound', purpose: 'sales' });
    expect(own.map((a) => a.direction)).toContain('outbound');
  });
});

describe('sampleEmail', () => {
  it('folds accents and drops punctuation from the name', () => {
    expect(sampleEmail("Liam O'Connor", 'tasman-data.example')).toBe(
      'liam.oconnor@tasman-data.example',
    );
    expect(sampleEmail('Līga Bērziņa', 'baltic-data.example')).toBe(
      'liga.berzina@baltic-data.example',
    );
    expect(sampleEmail('Omar Al-Sayed', 'x.example')).toBe('omar.alsayed@x.example');
  });
});
