import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/activity';
import { activityToForm, emptyActivityForm, readActivityForm } from './activity-form';

const PARTNER = '10000000-0000-4000-8000-000000000001';
const partner = { id: PARTNER, name: 'Baltic Data' };

describe('the activity form', () => {
  it('starts today with the given partner and reads into an activity at noon UTC', () => {
    const form = { ...emptyActivityForm('2026-11-29', partner), title: ' Quarterly call ' };
    expect(form).toMatchObject({ partnerText: 'Baltic Data', date: '2026-11-29' });
    expect(readActivityForm(form)).toEqual({
      ok: true,
      value: {
        partnerId: PARTNER,
        occurredAt: '2026-11-29T12:00:00.000Z',
        kind: 'meeting',
        direction: 'outbound',
        purpose: 'development',
        title: 'Quarterly call',
        notes: undefined,
        outcome: undefined,
      },
    });
  });

  it('asks for a partner, a date and a title, each beside its field', () => {
    const form = emptyActivityForm('2026-11-29');
    expect(readActivityForm(form)).toEqual({
      ok: false,
      errors: { partnerId: 'Choose a partner from the list.' },
    });
    const withPartner = { ...emptyActivityForm('2026-11-29', partner), date: '29/11/2026' };
    expect(readActivityForm(withPartner)).toEqual({
      ok: false,
      errors: { date: 'Enter a date like 2026-06-30.' },
    });
    expect(readActivityForm({ ...withPartner, date: '2026-11-29' })).toEqual({
      ok: false,
      errors: { title: 'An activity needs a title.' },
    });
  });

  it('keeps the stored time when an edit keeps the day', () => {
    const stored: Activity = {
      id: '40000000-0000-4000-8000-000000000001',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z',
      partnerId: PARTNER,
      occurredAt: '2026-11-01T08:15:00.000Z',
      direction: 'inbound',
      purpose: 'sales',
      title: 'Deal registered',
    };
    const form = activityToForm(stored, 'Baltic Data');
    expect(form).toMatchObject({ kind: '', date: '2026-11-01', notes: '' });
    const same = readActivityForm({ ...form, outcome: 'Approved' }, stored);
    expect(same.ok && same.value.occurredAt).toBe('2026-11-01T08:15:00.000Z');
    const moved = readActivityForm({ ...form, date: '2026-11-02' }, stored);
    expect(moved.ok && moved.value.occurredAt).toBe('2026-11-02T12:00:00.000Z');
  });
});
