import { describe, expect, it } from 'vitest';
import { validatePartnerWithContacts } from './partner-validation';

const contactId = '3f8a2b1c-4d5e-4f60-8a9b-0c1d2e3f4a5b';

describe('validatePartnerWithContacts', () => {
  it('accepts a minimal partner and fills defaults', () => {
    const result = validatePartnerWithContacts({ name: '  Nordlys Systems ', stage: 'active' }, []);
    expect(result).toEqual({
      ok: true,
      value: {
        partner: { name: 'Nordlys Systems', stage: 'active', tier: 'none', types: [], tags: [] },
        contacts: [],
      },
    });
  });

  it('normalises empty text to absent, adds https:// to a bare domain, and drops repeated tags', () => {
    const result = validatePartnerWithContacts(
      {
        name: 'A',
        stage: 'prospect',
        region: '  ',
        website: 'acme.example',
        tags: ['mdf', 'mdf', 'co-sell'],
      },
      [{ id: contactId, name: 'Ana', email: '', phone: '+44 20 7946 0000' }],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.partner.region).toBeUndefined();
    expect(result.value.partner.website).toBe('https://acme.example');
    expect(result.value.partner.tags).toEqual(['mdf', 'co-sell']);
    expect(result.value.contacts[0]).toEqual({
      id: contactId,
      name: 'Ana',
      phone: '+44 20 7946 0000',
    });
  });

  it('reports each invalid field, contacts by index, and returns no value', () => {
    const result = validatePartnerWithContacts(
      { name: ' ', stage: 'active', healthScore: 101, website: 'javascript:alert(1)' },
      [
        { id: contactId, name: 'Ok', email: 'ok@partner.example' },
        { id: contactId, name: '', email: 'not-an-email' },
      ],
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'A partner needs a name.',
        healthScore: 'Health score must be from 0 to 100.',
        website: 'Enter a web address like https://partner.com.',
        'contacts.1.name': 'A contact needs a name.',
        'contacts.1.email': 'Enter an email address like name@company.com.',
      },
    });
  });

  it('rejects a fractional or non-numeric score and an unknown stage', () => {
    const result = validatePartnerWithContacts(
      { name: 'X', stage: 'dormant', healthScore: 55.5 },
      [],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.stage).toBe('Choose a lifecycle stage.');
    expect(result.errors.healthScore).toBe('Health score must be a whole number.');
    const text = validatePartnerWithContacts(
      { name: 'X', stage: 'active', healthScore: 'high' },
      [],
    );
    expect(text.ok ? undefined : text.errors.healthScore).toBe(
      'Health score must be a number from 0 to 100.',
    );
  });
});
