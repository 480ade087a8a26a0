import { describe, expect, it } from 'vitest';
import type { ConvertedRows, ImportRow } from './partner-rows';
import {
  partnerNameKey,
  planImport,
  sameExistingPartners,
  websiteDomain,
  type ExistingPartner,
} from './match';

const EXISTING: ExistingPartner[] = [
  { id: 'p-acme', name: 'Acme Corporation', website: 'https://www.acme.com' },
  { id: 'p-muller', name: 'Müller & Söhne GmbH' },
  { id: 'p-bright', name: 'Bright Apps', website: 'https://brightapps.io/partners' },
];

function rows(...list: Omit<ImportRow, 'row'>[]): ConvertedRows {
  return {
    rows: list.map((row, index) => ({ ...row, row: index + 2 })),
    problems: [],
    problemRows: [],
    total: list.length,
    errors: [],
  };
}

const FILE = rows(
  // Same name as an existing partner, written differently.
  { partner: { name: 'ACME corp.', tier: 'gold', tags: ['cloud'] } },
  // Same website domain as an existing partner, under another name.
  { partner: { name: 'BA Software', website: 'http://brightapps.io' } },
  { partner: { name: 'Muller and Sohne' } },
  { partner: { name: 'Northwind', stage: 'active' } },
);

describe('partnerNameKey', () => {
  it('ignores case, accents, punctuation and legal suffixes', () => {
    expect(partnerNameKey('Müller & Söhne GmbH')).toBe(partnerNameKey('muller and sohne'));
    expect(partnerNameKey('The Acme Company, Inc.')).toBe(partnerNameKey('ACME'));
    expect(partnerNameKey('Bright Apps')).toBe(partnerNameKey('BrightApps Ltd'));
    expect(partnerNameKey('Inc')).toBe('inc');
  });
});

describe('websiteDomain', () => {
  it('keeps the host without scheme, www, path or port', () => {
    expect(websiteDomain('https://www.Acme.com/about?x=1')).toBe('acme.com');
    expect(websiteDomain('acme.co.uk:8080')).toBe('acme.co.uk');
    expect(websiteDomain('http://user@www2.acme.com')).toBe('acme.com');
  });

  it('gives nothing for hosts many companies share, or for non-addresses', () => {
    expect(websiteDomain('https://www.linkedin.com/company/acme')).toBeUndefined();
    expect(websiteDomain('uk.linkedin.com/company/acme')).toBeUndefined();
    expect(websiteDomain('not a website')).toBeUndefined();
  });
});

describe('planImport', () => {
  it('on "update", updates partners matched by name or domain and creates the rest', () => {
    const plan = planImport(FILE, EXISTING, { onMatch: 'update', skipRowsWithProblems: false });
    expect(plan.update).toEqual([
      {
        id: 'p-acme',
        existingName: 'Acme Corporation',
        importedName: 'ACME corp.',
        matchedBy: 'name',
        rows: [2],
        patch: { tier: 'gold', tags: ['cloud'] },
        contacts: [],
      },
      expect.objectContaining({ id: 'p-bright', matchedBy: 'website', rows: [3] }),
      expect.objectContaining({ id: 'p-muller', matchedBy: 'name', rows: [4] }),
    ]);
    expect(plan.create).toEqual([
      {
        rows: [5],
        partner: { name: 'Northwind', stage: 'active', types: [], tier: 'none', tags: [] },
        contacts: [],
      },
    ]);
    expect(plan.counts).toEqual({ rows: 4, create: 1, update: 3, merged: 0, skip: 0, rejected: 0 });
    expect(plan.ready).toBe(true);
  });

  it('on "skip", leaves matched rows out with the reason', () => {
    const plan = planImport(FILE, EXISTING, { onMatch: 'skip', skipRowsWithProblems: false });
    expect(plan.update).toEqual([]);
    expect(plan.create.map((create) => create.partner.name)).toEqual(['Northwind']);
    expect(plan.skip).toEqual([
      { row: 2, reason: 'Matches “Acme Corporation” in the workbook (same name).' },
      { row: 3, reason: 'Matches “Bright Apps” in the workbook (same website domain).' },
      { row: 4, reason: 'Matches “Müller & Söhne GmbH” in the workbook (same name).' },
    ]);
  });

  it('on "create", creates every row, matching or not', () => {
    const plan = planImport(FILE, EXISTING, { onMatch: 'create', skipRowsWithProblems: false });
    expect(plan.create).toHaveLength(4);
    expect(plan.update).toEqual([]);
    expect(plan.skip).toEqual([]);
  });

  it('gives created partners the default stage when their row has none', () => {
    const plan = planImport(rows({ partner: { name: 'Zeta' } }), [], {
      onMatch: 'update',
      skipRowsWithProblems: false,
      defaultStage: 'onboarding',
    });
    expect(plan.create[0]?.partner.stage).toBe('onboarding');
    const fallback = planImport(rows({ partner: { name: 'Zeta' } }), [], {
      onMatch: 'update',
      skipRowsWithProblems: false,
    });
    expect(fallback.create[0]?.partner.stage).toBe('prospect');
  });

  describe('rows naming the same partner twice in one file', () => {
    const twice = rows(
      {
        partner: { name: 'Zeta Inc', website: 'https://zeta.io', tags: ['a'], tier: 'silver' },
        contact: { name: 'Ana', email: 'ana@zeta.io' },
      },
      { partner: { name: 'Other', website: 'https://www.zeta.io/x', tags: ['b'], tier: 'gold' } },
      {
        partner: { name: 'ZETA' },
        contact: { name: 'Ana Lopez', email: 'ANA@zeta.io', role: 'CEO' },
      },
    );

    it('on "update", merge into the first row’s partner (later values win but the name, lists add up)', () => {
      const plan = planImport(twice, [], { onMatch: 'update', skipRowsWithProblems: false });
      expect(plan.create).toEqual([
        {
          rows: [2, 3, 4],
          partner: {
            name: 'Zeta Inc',
            website: 'https://www.zeta.io/x',
            stage: 'prospect',
            types: [],
            tier: 'gold',
            tags: ['a', 'b'],
          },
          contacts: [{ name: 'Ana', email: 'ANA@zeta.io', role: 'CEO' }],
        },
      ]);
      expect(plan.counts).toMatchObject({ create: 1, merged: 2 });
    });

    it('on "skip", skip the later rows', () => {
      const plan = planImport(twice, [], { onMatch: 'skip', skipRowsWithProblems: false });
      expect(plan.create).toHaveLength(1);
      expect(plan.skip).toEqual([
        { row: 3, reason: 'Same partner as row 2 of this file (same website domain).' },
        { row: 4, reason: 'Same partner as row 2 of this file (same name).' },
      ]);
    });

    it('merge later rows into an update of an existing partner too', () => {
      const plan = planImport(twice, [{ id: 'p-zeta', name: 'Zeta' }], {
        onMatch: 'update',
        skipRowsWithProblems: false,
      });
      expect(plan.create).toEqual([]);
      expect(plan.update).toEqual([
        expect.objectContaining({
          id: 'p-zeta',
          rows: [2, 3, 4],
          patch: { website: 'https://www.zeta.io/x', tags: ['a', 'b'], tier: 'gold' },
        }),
      ]);
    });
  });

  describe('rows with problems', () => {
    const withProblems: ConvertedRows = {
      ...rows({ partner: { name: 'Good' } }),
      total: 2,
      problems: [{ row: 3, column: 'Tier', message: '“Bronze-ish” is not a tier.' }],
      problemRows: [3],
    };

    it('block the import unless the user chooses to skip them', () => {
      const plan = planImport(withProblems, [], { onMatch: 'update', skipRowsWithProblems: false });
      expect(plan.ready).toBe(false);
      expect(plan.blockedReason).toBe(
        '1 row has problems. Fix the file, or choose to skip the rows with problems.',
      );
      expect(plan.rejected).toEqual(withProblems.problems);
    });

    it('are left out when the user chooses so', () => {
      const plan = planImport(withProblems, [], { onMatch: 'update', skipRowsWithProblems: true });
      expect(plan.ready).toBe(true);
      expect(plan.counts).toMatchObject({ rows: 2, create: 1, rejected: 1 });
    });
  });

  it('is blocked when the mapping cannot be used', () => {
    const plan = planImport({ ...rows(), errors: ['No column is imported as Name.'] }, [], {
      onMatch: 'update',
      skipRowsWithProblems: true,
    });
    expect(plan).toMatchObject({ ready: false, blockedReason: 'No column is imported as Name.' });
  });
});

describe('sameExistingPartners', () => {
  it('holds for the same partners with the same names and websites, in the same order', () => {
    expect(
      sameExistingPartners(
        EXISTING,
        EXISTING.map((partner) => ({ ...partner })),
      ),
    ).toBe(true);
    expect(sameExistingPartners([], [])).toBe(true);
  });

  it('fails when a partner was added, removed, renamed, moved or given another website', () => {
    const [acme, muller, bright] = EXISTING;
    if (!acme || !muller || !bright) throw new Error('fixture');
    expect(sameExistingPartners(EXISTING, [acme, muller])).toBe(false);
    expect(sameExistingPartners(EXISTING, [...EXISTING, { id: 'p-new', name: 'New' }])).toBe(false);
    expect(sameExistingPartners(EXISTING, [{ ...acme, name: 'Acme' }, muller, bright])).toBe(false);
    expect(sameExistingPartners(EXISTING, [muller, acme, bright])).toBe(false);
    expect(sameExistingPartners(EXISTING, [acme, { ...muller, website: 'm.de' }, bright])).toBe(
      false,
    );
    expect(sameExistingPartners(EXISTING, [{ ...acme, website: undefined }, muller, bright])).toBe(
      false,
    );
  });
});
