import { describe, expect, it } from 'vitest';
import type { Ask } from '../../../../shared/domain/people/ask';
import { askRows, stalledText, type AskView } from './ask-rows';

const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const ask = (id: string, fields: Partial<Ask>): Ask => ({
  ...base,
  id,
  what: id,
  stakeholderId: 's1',
  status: 'planned',
  ...fields,
});
const asks: Ask[] = [
  ask('planned', {}),
  ask('stalled long', { status: 'asked', askedAt: '2026-09-30', partnerId: 'p1' }),
  ask('fresh', { status: 'asked', askedAt: '2026-11-20', stakeholderId: 's2' }),
  ask('declined', { status: 'declined', askedAt: '2026-10-15', partnerId: 'gone' }),
  ask('stalled', { status: 'asked', askedAt: '2026-11-01' }),
];
const stakeholders: Record<string, string> = { s1: 'Dana Reyes' };
const partners: Record<string, string> = { p1: 'Northwind' };
const names = {
  stakeholder: (id: string) => stakeholders[id],
  partner: (id: string) => partners[id],
};
const list = (view: AskView) =>
  askRows(asks, view, names, '2026-11-29').map((row) => [
    row.ask.what,
    row.flag ?? '',
    row.daysWaiting ?? '',
  ]);

describe('the asks table rows', () => {
  it('lists every ask latest asked first, flagging the declined and stalled', () => {
    expect(list({ kind: 'status', status: 'all' })).toEqual([
      ['fresh', '', ''],
      ['stalled', 'stalled', 28],
      ['declined', 'declined', ''],
      ['stalled long', 'stalled', 60],
      ['planned', '', ''],
    ]);
  });

  it('filters by status, and lists only the declined and stalled, longest waiting first', () => {
    expect(list({ kind: 'status', status: 'asked' }).map(([what]) => what)).toEqual([
      'fresh',
      'stalled',
      'stalled long',
    ]);
    expect(list({ kind: 'follow-up' })).toEqual([
      ['stalled long', 'stalled', 60],
      ['stalled', 'stalled', 28],
      ['declined', 'declined', ''],
    ]);
  });

  it('names the colleague and partner, and says when either is gone', () => {
    const rows = askRows(asks, { kind: 'follow-up' }, names, '2026-11-29');
    expect(rows.map((row) => [row.stakeholderName, row.partnerName])).toEqual([
      ['Dana Reyes', 'Northwind'],
      ['Dana Reyes', undefined],
      ['Dana Reyes', 'Deleted partner'],
    ]);
    const unknown = askRows(asks, { kind: 'status', status: 'all' }, names, '2026-11-29');
    expect(unknown[0]?.stakeholderName).toBe('Unknown colleague');
  });

  it('says how long a stalled ask has waited', () => {
    expect(stalledText(22)).toBe('Stalled: asked 22 days ago');
  });
});
