import { describe, expect, it } from 'vitest';
import type { Contact, Partner } from '../domain/partner';
import { contactSchema, LIFECYCLE_STAGES, PARTNER_TYPES, partnerSchema } from '../domain/partner';
import { healthBand } from '../domain/labels';
import {
  DISTINCT_NAME_COUNT,
  estimateSeededBytes,
  generatePartnerBatch,
  generatePartners,
  SEEDED_PARTNER_BYTES,
} from './seeded-partners';

const now = new Date('2025-06-15T09:30:00.000Z');
const utf8Bytes = (value: unknown): number =>
  new TextEncoder().encode(JSON.stringify(value)).length;

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('generatePartners', () => {
  it('gives byte-identical output for the same seed', () => {
    const first = JSON.stringify(generatePartners({ count: 500, seed: 7, now }));
    const second = JSON.stringify(generatePartners({ count: 500, seed: 7, now }));
    expect(second).toBe(first);
  });

  it('gives different output for a different seed', () => {
    const a = generatePartners({ count: 50, seed: 1, now });
    const b = generatePartners({ count: 50, seed: 2, now });
    expect(a.partners.map((p) => p.id)).not.toEqual(b.partners.map((p) => p.id));
    expect(a.partners.map((p) => p.name)).not.toEqual(b.partners.map((p) => p.name));
  });

  it('gives the same records in chunks as in one call', () => {
    const whole = generatePartners({ count: 1_000, seed: 314, now });
    const partners: Partner[] = [];
    const contacts: Contact[] = [];
    for (let start = 0; start < 1_000; start += 137) {
      const batch = generatePartnerBatch(314, start, Math.min(137, 1_000 - start), now);
      partners.push(...batch.partners);
      contacts.push(...batch.contacts);
    }
    expect(JSON.stringify({ partners, contacts })).toBe(JSON.stringify(whole));
  });

  it('makes partners of about 1 KB each as JSON, contacts included', () => {
    const { partners, contacts } = generatePartners({ count: 2_000, seed: 11, now });
    const average = utf8Bytes({ partners, contacts }) / partners.length;
    expect(average).toBeGreaterThan(700);
    expect(average).toBeLessThan(1_400);
    expect(Math.abs(average - SEEDED_PARTNER_BYTES) / SEEDED_PARTNER_BYTES).toBeLessThan(0.1);
    expect(estimateSeededBytes(100_000)).toBe(100_000 * SEEDED_PARTNER_BYTES);
  });

  it('makes records that the schemas accept unchanged', () => {
    const { partners, contacts } = generatePartners({ count: 2_000, seed: 5, now });
    const partnerIds = new Set(partners.map((p) => p.id));
    expect(partnerIds.size).toBe(partners.length);
    for (const partner of partners) expect(partnerSchema.parse(partner)).toEqual(partner);
    for (const contact of contacts) {
      expect(contactSchema.parse(contact)).toEqual(contact);
      expect(partnerIds.has(contact.partnerId)).toBe(true);
    }
    const perPartner = countBy(contacts, (c) => c.partnerId);
    for (const id of partnerIds) {
      expect(perPartner.get(id) ?? 0).toBeGreaterThanOrEqual(1);
      expect(perPartner.get(id) ?? 0).toBeLessThanOrEqual(3);
    }
  });

  it('keeps dates in order and before now', () => {
    const { partners } = generatePartners({ count: 2_000, seed: 6, now });
    const nowIso = now.toISOString();
    for (const p of partners) {
      expect(p.createdAt <= p.updatedAt).toBe(true);
      expect(p.updatedAt <= nowIso).toBe(true);
      if (p.lastActivityAt !== undefined) {
        expect(p.createdAt <= p.lastActivityAt).toBe(true);
        expect(p.lastActivityAt <= p.updatedAt).toBe(true);
      }
    }
  });

  it('gives distinct names and websites, with emails at the partner domain', () => {
    const { partners, contacts } = generatePartners({ count: 3_000, seed: 8, now });
    expect(new Set(partners.map((p) => p.name)).size).toBe(partners.length);
    expect(new Set(partners.map((p) => p.website)).size).toBe(partners.length);
    const hosts = new Map(partners.map((p) => [p.id, new URL(p.website ?? '').hostname]));
    for (const c of contacts)
      expect(c.email?.endsWith(`@${hosts.get(c.partnerId) ?? ''}`)).toBe(true);
  });

  it('numbers names only once the name space is used up', () => {
    expect(DISTINCT_NAME_COUNT).toBeGreaterThan(100_000);
    const before = generatePartnerBatch(3, DISTINCT_NAME_COUNT - 1, 1, now).partners[0];
    const after = generatePartnerBatch(3, DISTINCT_NAME_COUNT, 1, now).partners[0];
    expect(before?.name).not.toMatch(/ \d+$/);
    expect(after?.name).toMatch(/ 2$/);
    expect(after?.website).toMatch(/-2\.example$/);
  });

  it('spreads partners over every type, stage and health band, weighted to active', () => {
    const { partners } = generatePartners({ count: 3_000, seed: 9, now });
    const types = new Set(partners.flatMap((p) => p.types));
    expect([...types].sort()).toEqual([...PARTNER_TYPES].sort());
    const stages = countBy(partners, (p) => p.stage);
    expect([...stages.keys()].sort()).toEqual([...LIFECYCLE_STAGES].sort());
    expect(stages.get('active') ?? 0).toBeGreaterThan(stages.get('exited') ?? 0);
    const bands = new Set(partners.map((p) => healthBand(p.healthScore)));
    expect(bands).toEqual(new Set(['green', 'yellow', 'red', undefined]));
    expect(partners.some((p) => p.types.length === 2)).toBe(true);
  });

  it('rejects impossible arguments', () => {
    expect(() => generatePartners({ count: -1, seed: 1, now })).toThrow(RangeError);
    expect(() => generatePartnerBatch(1, 0.5, 1, now)).toThrow(RangeError);
    expect(() => generatePartnerBatch(1, 0, 1, new Date(Number.NaN))).toThrow(RangeError);
    expect(generatePartners({ count: 0, seed: 1, now })).toEqual({ partners: [], contacts: [] });
  });
});
