import { describe, expect, it } from 'vitest';
import { POSITIONING_AUDIENCES, POSITIONING_STATUSES } from '../domain/positioning';
import { AUDIENCE_LABELS, STATUS_LABELS } from './labels';

describe('labels', () => {
  it('names every audience and status', () => {
    expect(POSITIONING_AUDIENCES.map((audience) => AUDIENCE_LABELS[audience])).toEqual([
      'Partner’s sales team',
      'Partner’s customers',
      'Internal',
    ]);
    expect(POSITIONING_STATUSES.map((status) => STATUS_LABELS[status])).toEqual([
      'Draft',
      'In review',
      'Approved',
      'Retired',
    ]);
  });
});
