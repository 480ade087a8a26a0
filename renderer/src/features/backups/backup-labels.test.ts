import { describe, expect, it } from 'vitest';
import { countSummary, sizeText } from './backup-labels';

describe('backup labels', () => {
  it('summarises the tables a person knows, in order, and leaves bookkeeping out', () => {
    const counts = { revisions: 90, contacts: 30, partners: 12, tombstones: 2, decisions: 1 };
    expect(countSummary({ counts })).toBe('12 partners, 30 contacts, 1 decision');
    expect(countSummary({ counts: { revisions: 3 } })).toBe('Empty');
  });

  it('shows sizes in KB below a megabyte and MB above', () => {
    expect(sizeText(100)).toBe('1 KB');
    expect(sizeText(2048)).toBe('2 KB');
    expect(sizeText(5 * 1024 * 1024 + 512 * 1024)).toBe('5.5 MB');
  });
});
