import { describe, expect, it } from 'vitest';
import { decisionsWithoutVoice, decisionVoice } from './voice';

describe('decisionVoice', () => {
  // f1 and f2 exist; f3 was linked once and has since been deleted.
  const feedbackById = new Map([
    ['f1', { id: 'f1' }],
    ['f2', { id: 'f2' }],
  ]);

  it('is with voice while at least one linked feedback entry exists', () => {
    expect(decisionVoice({ feedbackIds: ['f1', 'f2'] }, feedbackById)).toEqual({
      voice: 'with-voice',
      count: 2,
      missing: 0,
    });
    expect(decisionVoice({ feedbackIds: ['f3', 'f1'] }, feedbackById)).toEqual({
      voice: 'with-voice',
      count: 1,
      missing: 1,
    });
  });

  it('is without voice with no links, or when every linked entry is gone', () => {
    expect(decisionVoice({ feedbackIds: [] }, feedbackById)).toEqual({
      voice: 'without-voice',
      count: 0,
      missing: 0,
    });
    expect(decisionVoice({ feedbackIds: ['f3'] }, feedbackById)).toEqual({
      voice: 'without-voice',
      count: 0,
      missing: 1,
    });
    expect(decisionVoice({ feedbackIds: ['f1'] }, new Map()).voice).toBe('without-voice');
  });

  it('counts a feedback entry linked twice once', () => {
    expect(decisionVoice({ feedbackIds: ['f1', 'f1'] }, feedbackById).count).toBe(1);
  });

  it('lists the decisions taken without voice, in order', () => {
    const decisions = [
      { id: 'd1', feedbackIds: ['f1'] },
      { id: 'd2', feedbackIds: [] },
      { id: 'd3', feedbackIds: ['f3'] },
      { id: 'd4', feedbackIds: ['f3', 'f2'] },
    ];
    expect(decisionsWithoutVoice(decisions, feedbackById).map((d) => d.id)).toEqual(['d2', 'd3']);
  });
});
