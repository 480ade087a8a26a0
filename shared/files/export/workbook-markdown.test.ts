import { describe, expect, it } from 'vitest';
import type { Partner } from '../../domain/partner';
import type { DraftField, PositioningDraft, PositioningIteration } from '../../domain/positioning';
import { DELETED_PARTNER, workbookMarkdown } from './workbook-markdown';

const T = '2026-03-04T10:00:00.000Z';
const base = { createdAt: T, updatedAt: T };
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const partner = (n: number, name: string, more: Partial<Partner> = {}): Partner => ({
  id: id(n),
  ...base,
  name,
  types: ['reseller'],
  stage: 'active',
  tier: 'gold',
  tags: [],
  ...more,
});
const fields = (value: string): DraftField[] => [
  { key: 'core', label: 'Core', kind: 'text', value },
];
const draft = (n: number, more: Partial<PositioningDraft>): PositioningDraft => ({
  id: id(n),
  ...base,
  title: `Draft ${n}`,
  audience: 'partner-sales',
  template: 'blank',
  status: 'approved',
  fields: fields('Working copy text'),
  iterationCount: 0,
  ...more,
});
const iteration: PositioningIteration = {
  id: id(99),
  ...base,
  draftId: id(11),
  number: 2,
  author: 'Liis',
  rationale: 'After the QBR',
  title: 'Baltic | pitch',
  audience: 'partner-sales',
  status: 'in-review',
  fields: fields('Committed *text*'),
  committedAt: T,
};

describe('workbookMarkdown', () => {
  it('lists partners by name in a table, escaping what they hold', () => {
    const md = workbookMarkdown({
      name: 'EMEA # resellers',
      partners: [
        partner(2, 'Zeta | Co', { healthScore: 40, region: 'EMEA', owner: 'Ana' }),
        partner(1, 'Alpha', { website: 'https://alpha.example', types: ['msp', 'oem'] }),
      ],
      positioningDrafts: [],
      positioningIterations: [],
    });
    expect(md).toBe(
      [
        '# EMEA \\# resellers',
        '',
        '2 partners, 0 approved positionings.',
        '',
        '## Partners',
        '',
        '| Partner | Stage | Tier | Types | Region | Owner | Health | Website |',
        '| --- | --- | --- | --- | --- | --- | ---: | --- |',
        '| Alpha | Active | Gold | MSP, OEM |  |  |  | <https://alpha.example> |',
        '| Zeta \\| Co | Active | Gold | Reseller / VAR | EMEA | Ana | 40 |  |',
        '',
        '## Approved positioning',
        '',
        '_No positioning has been approved yet._',
        '',
      ].join('\n'),
    );
  });

  it('prints each approved draft’s latest iteration, company-wide first, under its own heading', () => {
    const md = workbookMarkdown({
      name: 'W',
      partners: [partner(1, 'Baltic Data')],
      positioningDrafts: [
        draft(11, { partnerId: id(1), headIterationId: id(99), iterationCount: 2 }),
        draft(12, { title: 'Company story' }),
        draft(13, { partnerId: id(1), status: 'in-review', title: 'Not yet' }),
        draft(14, { partnerId: id(7), title: 'Orphan' }),
      ],
      positioningIterations: [iteration],
    });
    expect(md).toContain('1 partner, 3 approved positionings.');
    expect(md).not.toContain('Not yet');
    const headings = md.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# W',
      '## Partners',
      '## Approved positioning',
      '### Company story',
      '#### Core',
      '### Orphan',
      '#### Core',
      '### Baltic \\| pitch',
      '#### Core',
    ]);
    expect(md).toContain(`- **Partner:** ${DELETED_PARTNER}\n`);
    expect(md).toContain(
      '- **Partner:** Baltic Data\n- **Audience:** Partner’s sales team\n- **Status:** Approved\n',
    );
    expect(md).toContain(
      '- **Version:** Iteration 2, 2026-03-04 by Liis\n- **Why:** After the QBR',
    );
    expect(md).toContain('Committed \\*text\\*');
    expect(md).toContain('- **Version:** Working copy');
  });
});
