import { describe, expect, it } from 'vitest';
import { intelligenceEntryInputSchema } from '../../../../shared/domain/people/intelligence';
import { ageText } from './entry-text';
import {
  emptyIntelligenceForm,
  intelligenceToForm,
  readIntelligenceForm,
} from './intelligence-form';
import { formErrors } from './IntelligenceDialog';

const PARTNER = '10000000-0000-4000-8000-000000000001';

describe('the intelligence form', () => {
  it('reads only the chosen section’s fields and the chosen kind of source', () => {
    const form = {
      ...emptyIntelligenceForm('channels', '2025-06-30'),
      routeToMarket: 'Resellers',
      region: 'Nordics',
      competitor: 'left over from another section',
      sourceKind: 'note' as const,
      sourceUrl: 'https://ignored.example',
      sourceNote: 'Call with their CTO',
    };
    expect(readIntelligenceForm(form, PARTNER)).toEqual({
      partnerId: PARTNER,
      section: 'channels',
      observedAt: '2025-06-30',
      notes: '',
      source: { kind: 'note', note: 'Call with their CTO' },
      routeToMarket: 'Resellers',
      marketplace: '',
      region: 'Nordics',
    });
  });

  it('round-trips a stored entry through the form', () => {
    const parsed = intelligenceEntryInputSchema.parse({
      partnerId: PARTNER,
      section: 'customers',
      observedAt: '2025-01-02',
      accountName: 'Nordic Retail',
      accountStatus: 'target',
      source: { kind: 'link', url: 'https://example.com/case' },
    });
    const entry = {
      ...parsed,
      id: '20000000-0000-4000-8000-000000000001',
      createdAt: '2025-01-02T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
    };
    const form = intelligenceToForm(entry);
    expect(form).toMatchObject({ sourceKind: 'link', sourceUrl: 'https://example.com/case' });
    expect(intelligenceEntryInputSchema.parse(readIntelligenceForm(form, PARTNER))).toEqual(parsed);
  });

  it('puts the repository’s source messages beside the form’s fields, others form-wide', () => {
    expect(
      formErrors({ 'source.url': 'Bad link', section: 'Choose a section.', partnerId: 'Gone' }),
    ).toEqual({ sourceUrl: 'Bad link', section: 'Choose a section.', _: 'Gone' });
  });

  it('says an entry’s age in days', () => {
    expect(ageText('2025-01-01', '2025-07-01')).toBe('181 days old');
    expect(ageText('2025-06-30', '2025-07-01')).toBe('1 day old');
  });
});
