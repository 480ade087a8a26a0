import { describe, expect, it } from 'vitest';
import { qbrInputSchema, type Qbr } from '../../../../shared/domain/templates/qbr';
import { fromForm, toForm } from './qbr-form';

const T = '2026-01-01T00:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const qbr: Qbr = {
  id: '87000000-0000-4000-8000-000000000001',
  createdAt: T,
  updatedAt: T,
  partnerId: PARTNER,
  date: '2026-03-31',
  title: 'Q1 review',
  status: 'held',
  agenda: [{ title: 'Pipeline', minutes: 20, owner: 'Liis', notes: undefined }],
  attendees: ['Liis', 'Marek'],
  outcomes: 'Two new deals',
  actions: [{ description: 'Send the deck', owner: undefined, due: '2026-04-07', done: false }],
};

describe('the QBR form', () => {
  it('round-trips a QBR through the form and the schema', () => {
    const input = qbrInputSchema.parse(fromForm(toForm(qbr), PARTNER));
    const { id, createdAt, updatedAt } = qbr;
    expect({ id, createdAt, updatedAt, ...input }).toEqual(qbr);
  });

  it('drops blank attendee lines and refuses minutes that are not a number', () => {
    const form = {
      ...toForm(qbr),
      attendees: ' Liis \n\n',
      agenda: [{ ...toForm(qbr).agenda[0], title: 'x', minutes: 'ten', owner: '', notes: '' }],
    };
    const parsed = qbrInputSchema.safeParse(fromForm(form, PARTNER));
    expect(parsed.success).toBe(false);
    expect(fromForm(form, PARTNER).attendees).toEqual(['Liis']);
  });
});
