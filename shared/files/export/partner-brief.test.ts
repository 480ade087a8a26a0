import { describe, expect, it } from 'vitest';
import type { Contact, Partner } from '../../domain/partner';
import type { PositioningDraft } from '../../domain/positioning';
import { TIER_LABELS } from '../../domain/labels';
import { partnerBriefMarkdown } from './partner-brief';

const at = '2026-11-29T10:00:00.000Z';
const partner: Partner = {
  id: '6f1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
  name: 'Baltic Data *Integrators*',
  types: ['system-integrator'],
  stage: 'active',
  tier: 'gold',
  region: 'EMEA',
  owner: 'Maya Lindqvist',
  website: 'https://baltic-data.example',
  healthScore: 82,
  tags: ['nordics', 'data'],
  notes: '# Not a heading\nRiga-based.',
  createdAt: at,
  updatedAt: at,
};
const contact: Contact = {
  id: '7f1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
  partnerId: partner.id,
  name: 'Ilze Kalnina',
  role: 'Alliance lead',
  email: 'ilze@baltic-data.example',
  createdAt: at,
  updatedAt: at,
};
const draft: PositioningDraft = {
  id: '8f1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
  partnerId: partner.id,
  title: 'Sales pitch',
  audience: 'partner-sales',
  template: 'blank',
  status: 'approved',
  fields: [{ key: 'why-now', label: 'Why now', kind: 'text', value: 'Audit deadlines moved up.' }],
  iterationCount: 0,
  createdAt: at,
  updatedAt: at,
};

describe('partnerBriefMarkdown', () => {
  it('prints the profile, contacts and approved positioning, escaping what the user typed', () => {
    const markdown = partnerBriefMarkdown({ partner, contacts: [contact], approved: [{ draft }] });
    expect(markdown).toContain('# Baltic Data \\*Integrators\\*\n');
    expect(markdown).toContain(
      '- **Types:** System integrator\n- **Stage:** Active\n- **Tier:** Gold',
    );
    expect(markdown).toContain('- **Website:** <https://baltic-data.example>');
    expect(markdown).toContain('- **Recorded health:** 82 of 100');
    expect(markdown).toContain('## Notes\n\n\\# Not a heading\nRiga-based.');
    expect(markdown).toContain(
      '## Contacts\n\n- **Ilze Kalnina**: Alliance lead, ilze@baltic-data.example',
    );
    expect(markdown).toContain('### Sales pitch');
    expect(markdown).toContain('Audit deadlines moved up.');
  });

  it('names the tier as the programme does, escaped like any text the user typed', () => {
    const markdown = partnerBriefMarkdown({
      partner,
      contacts: [],
      approved: [],
      tierLabels: { ...TIER_LABELS, gold: 'Premier *plus*' },
    });
    expect(markdown).toContain('- **Tier:** Premier \\*plus\\*');
  });

  it('says so when there are no contacts or approved positioning', () => {
    const markdown = partnerBriefMarkdown({
      partner: { ...partner, notes: undefined },
      contacts: [],
      approved: [],
    });
    expect(markdown).toContain('_No contacts yet._');
    expect(markdown).toContain('_No positioning has been approved yet._');
    expect(markdown).not.toContain('## Notes');
  });
});
