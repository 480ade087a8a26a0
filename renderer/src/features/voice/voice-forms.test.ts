import { describe, expect, it } from 'vitest';
import { decisionInputSchema, feedbackInputSchema } from '../../../../shared/domain/people/voice';
import { decisionToForm, emptyDecisionForm, optionsError, readDecisionForm } from './decision-form';
import { emptyFeedbackForm, feedbackToForm, readFeedbackForm } from './feedback-form';
import { quoteText, speakerText } from './feedback-text';

const PARTNER = '10000000-0000-4000-8000-000000000001';
const ITERATION = '20000000-0000-4000-8000-000000000001';
const FEEDBACK = '30000000-0000-4000-8000-000000000001';
const base = {
  id: '40000000-0000-4000-8000-000000000001',
  createdAt: '2025-01-02T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
};

describe('the feedback form', () => {
  it('leaves out no partner and no iteration, and never stores the draft it went through', () => {
    const form = {
      ...emptyFeedbackForm('2025-06-30'),
      speakerName: 'Ana',
      words: 'Setup took a week.',
      theme: 'Onboarding',
      draftId: 'some-draft',
    };
    expect(readFeedbackForm(form)).toEqual({
      speakerKind: 'partner-contact',
      speakerName: 'Ana',
      speakerOrganisation: '',
      date: '2025-06-30',
      words: 'Setup took a week.',
      theme: 'Onboarding',
      sentiment: 'neutral',
    });
  });

  it('round-trips a stored entry with its partner and iteration', () => {
    const input = feedbackInputSchema.parse({
      speakerKind: 'customer',
      speakerName: 'Ana',
      speakerOrganisation: 'Nordic Retail',
      date: '2025-06-30',
      words: 'Great',
      theme: 'Pricing',
      sentiment: 'positive',
      partnerId: PARTNER,
      positioningIterationId: ITERATION,
    });
    const form = feedbackToForm({ ...input, ...base }, 'draft-1');
    expect(form.draftId).toBe('draft-1');
    expect(feedbackInputSchema.parse(readFeedbackForm(form))).toEqual(input);
  });
});

describe('the decision form', () => {
  it('reads options one per line, blank lines dropped, and no partner when none is chosen', () => {
    const form = {
      ...emptyDecisionForm('2025-06-30'),
      options: ' Renew \n\n  Let it lapse\n',
      context: 'Renewal',
      decision: 'Renew',
      decidedBy: 'Liis',
      feedbackIds: [FEEDBACK],
    };
    expect(readDecisionForm(form)).toEqual({
      scope: 'partnership',
      context: 'Renewal',
      optionsConsidered: ['Renew', 'Let it lapse'],
      decision: 'Renew',
      date: '2025-06-30',
      decidedBy: 'Liis',
      feedbackIds: [FEEDBACK],
    });
  });

  it('round-trips a stored decision and finds an option’s message', () => {
    const input = decisionInputSchema.parse({
      scope: 'product-for-partners',
      partnerId: PARTNER,
      context: 'C',
      optionsConsidered: ['A', 'B'],
      decision: 'D',
      date: '2025-06-30',
      decidedBy: 'Liis',
      feedbackIds: [FEEDBACK],
    });
    expect(
      decisionInputSchema.parse(readDecisionForm(decisionToForm({ ...input, ...base }))),
    ).toEqual(input);
    expect(optionsError({ context: 'x', 'optionsConsidered.1': 'Too long' })).toBe('Too long');
  });
});

describe('the feedback text', () => {
  it('names the speaker with the organisation when there is one', () => {
    expect(speakerText({ speakerName: 'Ana', speakerOrganisation: 'Nordic Retail' })).toBe(
      'Ana, Nordic Retail',
    );
    expect(speakerText({ speakerName: 'Ana', speakerOrganisation: undefined })).toBe('Ana');
  });

  it('quotes the words, cut at a word with an ellipsis when long', () => {
    expect(quoteText('Setup  took\na week.')).toBe('“Setup took a week.”');
    expect(quoteText('one two three four five', 12)).toBe('“one two…”');
  });
});
