import { describe, expect, it } from 'vitest';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { emptyPartnerForm, formToInput, partnerToForm } from './partner-form';

const partner: Partner = {
  id: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  name: 'Northwind Cloud Partners',
  types: ['reseller', 'msp'],
  stage: 'growing',
  tier: 'gold',
  region: 'EMEA',
  healthScore: 82,
  lastActivityAt: '2026-10-14T00:00:00.000Z',
  tags: ['co-sell', 'MDF'],
};
const contact: Contact = {
  id: '6e2d3c4b-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  partnerId: partner.id,
  createdAt: partner.createdAt,
  updatedAt: partner.updatedAt,
  name: 'Ines Duarte',
  email: 'ines@northwind-cloud.example',
};

describe('partner form', () => {
  it('shows stored values as text, with empty strings for what is missing', () => {
    const form = partnerToForm(partner, [contact]);
    expect(form).toMatchObject({
      healthScore: '82',
      lastActivity: '2026-10-14',
      tags: 'co-sell, MDF',
      industry: '',
      contacts: [
        {
          id: contact.id,
          name: 'Ines Duarte',
          email: 'ines@northwind-cloud.example',
          role: '',
          phone: '',
        },
      ],
    });
  });

  it('turns text back into input: numbers, dates and comma-separated tags', () => {
    const form = {
      ...emptyPartnerForm(),
      name: 'X',
      healthScore: ' 64 ',
      lastActivity: '2026-11-02',
      tags: ' a, ,b ,',
    };
    expect(formToInput(form).partner).toMatchObject({
      healthScore: 64,
      lastActivityAt: '2026-11-02T00:00:00.000Z',
      tags: ['a', 'b'],
    });
  });

  it('passes a score that is not a number through, for the schema to explain', () => {
    const form = { ...emptyPartnerForm(), healthScore: 'high' };
    expect(formToInput(form).partner.healthScore).toBe('high');
    expect(formToInput({ ...form, healthScore: '' }).partner.healthScore).toBeUndefined();
  });
});
