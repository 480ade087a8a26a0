import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMEMBERED_VIEW,
  parseRememberedView,
  parseRememberedViewText,
  PARTNER_COLUMN_IDS,
} from './remembered-view';

describe('parseRememberedView', () => {
  it('keeps a view that fits', () => {
    const view = {
      screen: 'dashboard',
      hiddenColumns: ['region', 'owner'],
      sort: [
        { column: 'healthScore', desc: true },
        { column: 'name', desc: false },
      ],
      search: 'cloud',
      stages: ['active', 'growing'],
      types: ['msp'],
      tiers: ['gold'],
      tags: ['priority'],
    };
    expect(parseRememberedView(view)).toEqual(view);
  });

  it('drops stale column ids, unknown stages and repeats, and keeps the rest', () => {
    expect(
      parseRememberedView({
        screen: 'dashboard',
        hiddenColumns: ['region', 'revenue', 'region', 'name', 7],
        sort: [
          { column: 'revenue', desc: true },
          { column: 'tier', desc: false },
          { column: 'tier', desc: true },
          { column: 'owner' },
        ],
        stages: ['active', 'dormant'],
        tiers: 'gold',
      }),
    ).toEqual({
      ...DEFAULT_REMEMBERED_VIEW,
      screen: 'dashboard',
      hiddenColumns: ['region'],
      sort: [{ column: 'tier', desc: false }],
      stages: ['active'],
    });
  });

  it('reopens no record-bound or unknown screen, and falls back to the default for junk', () => {
    expect(parseRememberedView({ screen: 'draft' }).screen).toBe('partners');
    expect(parseRememberedView(null)).toEqual(DEFAULT_REMEMBERED_VIEW);
    expect(parseRememberedView('partners')).toEqual(DEFAULT_REMEMBERED_VIEW);
    expect(parseRememberedView([])).toEqual(DEFAULT_REMEMBERED_VIEW);
  });

  it('reads stored text, and nothing or broken JSON means the default', () => {
    expect(parseRememberedViewText(null)).toEqual(DEFAULT_REMEMBERED_VIEW);
    expect(parseRememberedViewText('{"screen":')).toEqual(DEFAULT_REMEMBERED_VIEW);
    expect(parseRememberedViewText('{"screen":"goals"}').screen).toBe('goals');
  });

  it('knows every column of the partners table', () => {
    expect(PARTNER_COLUMN_IDS).toEqual([
      'name',
      'types',
      'stage',
      'tier',
      'region',
      'industry',
      'owner',
      'healthScore',
      'lastActivityAt',
      'tags',
      'positioningStatus',
    ]);
  });
});
