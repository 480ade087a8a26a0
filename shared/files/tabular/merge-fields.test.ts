import { describe, expect, it } from 'vitest';
import type { PartnerFields } from '../../domain/partner';
import { contactChanges, mergePartner, samePartnerFields } from './merge-fields';

const BASE: PartnerFields = {
  name: 'Acme',
  types: ['reseller'],
  stage: 'active',
  tier: 'silver',
  tags: ['cloud'],
  notes: 'Met at the summit.',
  owner: 'Jane',
};

describe('mergePartner', () => {
  it('replaces single values, adds types and tags, appends notes, keeps the name', () => {
    const merged = mergePartner(BASE, {
      name: 'ACME Inc',
      types: ['msp', 'reseller'],
      tier: 'gold',
      tags: ['emea'],
      notes: 'Imported from the CRM.',
    });
    expect(merged).toEqual({
      ...BASE,
      types: ['reseller', 'msp'],
      tier: 'gold',
      tags: ['cloud', 'emea'],
      notes: 'Met at the summit.\n\nImported from the CRM.',
    });
    expect(BASE.tier).toBe('silver');
  });

  it('does not append notes that are already there (re-importing the same file)', () => {
    const once = mergePartner(BASE, { notes: 'Imported from the CRM.' });
    expect(mergePartner(once, { notes: 'Imported from the CRM.' })).toEqual(once);
    expect(samePartnerFields(mergePartner(once, { notes: 'Imported from the CRM.' }), once)).toBe(
      true,
    );
  });
});

describe('samePartnerFields', () => {
  it('compares values, arrays in order', () => {
    expect(samePartnerFields(BASE, { ...BASE, tags: ['cloud'] })).toBe(true);
    expect(samePartnerFields(BASE, { ...BASE, tags: ['cloud', 'x'] })).toBe(false);
    expect(samePartnerFields(BASE, { ...BASE, owner: undefined })).toBe(false);
  });
});

describe('contactChanges', () => {
  const existing = [
    { id: 'c1', name: 'Ana Lopez', email: 'ana@acme.com', role: 'CEO' },
    { id: 'c2', name: 'Bo Chen' },
  ];

  it('merges into the same person (by email, else by name) and adds new people', () => {
    const changes = contactChanges(existing, [
      { name: 'Ana', email: 'ANA@acme.com', phone: '+1 555 0100' },
      { name: 'bo chen', role: 'CTO' },
      { name: 'Cy Diaz', email: 'cy@acme.com' },
      { name: 'Ana Lopez', email: 'ana@acme.com', role: 'CEO' },
    ]);
    expect(changes.update).toEqual([
      // The last row naming Ana gave her email in lower case: later values win.
      { id: 'c1', name: 'Ana Lopez', email: 'ana@acme.com', role: 'CEO', phone: '+1 555 0100' },
      { id: 'c2', name: 'Bo Chen', role: 'CTO' },
    ]);
    expect(changes.add).toEqual([{ name: 'Cy Diaz', email: 'cy@acme.com' }]);
  });

  it('changes nothing when the imported contact adds nothing', () => {
    expect(contactChanges(existing, [{ name: 'Ana Lopez', email: 'ana@acme.com' }])).toEqual({
      add: [],
      update: [],
    });
  });
});
