import { describe, expect, it } from 'vitest';
import { activitySchema } from '../activity';
import { validate } from '../validation';
import { askInputSchema } from './ask';
import { intelligenceEntryInputSchema, intelligenceEntrySchema } from './intelligence';
import { stakeholderInputSchema } from './stakeholder';
import { decisionInputSchema, feedbackInputSchema } from './voice';

const partnerId = '3f8a2b1c-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const otherId = '9b2c1d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const base = {
  id: '11111111-2222-4333-8444-555555555555',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('intelligence entries', () => {
  const trend = { partnerId, observedAt: '2025-06-01', section: 'trends', impact: 'high' };
  const linked = (url: string) =>
    validate(intelligenceEntryInputSchema, {
      ...trend,
      trend: 'Marketplaces',
      source: { kind: 'link', url },
    });

  it('validates each section’s own fields', () => {
    expect(
      validate(intelligenceEntrySchema, { ...base, ...trend, trend: ' AI copilots ' }),
    ).toEqual({ ok: true, value: { ...base, ...trend, trend: 'AI copilots' } });
    expect(
      validate(intelligenceEntryInputSchema, {
        partnerId,
        observedAt: '2025-02-30',
        section: 'competition',
        competitor: ' ',
        competitionKind: 'rival',
      }),
    ).toEqual({
      ok: false,
      errors: {
        observedAt: 'Enter a date like 2025-06-30.',
        competitor: 'Name the competitor.',
        competitionKind: 'Choose the kind of competition.',
      },
    });
    expect(validate(intelligenceEntryInputSchema, { ...trend, section: 'gossip' }).ok).toBe(false);
  });

  it('accepts http and https links, adding https:// when no scheme is typed', () => {
    const url = (typed: string) => {
      const result = linked(typed);
      return result.ok && result.value.source?.kind === 'link' ? result.value.source.url : result;
    };
    expect(url('https://partner.com/news?id=1')).toBe('https://partner.com/news?id=1');
    expect(url('HTTP://Partner.com')).toBe('http://partner.com/');
    expect(url(' partner.com/news ')).toBe('https://partner.com/news');
    expect(url('//partner.com/a b')).toBe('https://partner.com/a%20b');
    // What is stored parses back to itself, so a stored entry round-trips unchanged.
    expect(url('http://partner.com/')).toBe('http://partner.com/');
  });

  it('refuses every other scheme, links with no host and links holding credentials', () => {
    const refused = {
      ok: false,
      errors: { 'source.url': 'Only http:// and https:// links are allowed.' },
    };
    expect(linked('javascript:alert(1)')).toEqual(refused);
    expect(linked(' JavaScript:alert(document.cookie)')).toEqual(refused);
    expect(linked('data:text/html,<script>alert(1)</script>')).toEqual(refused);
    expect(linked('file:///etc/passwd')).toEqual(refused);
    expect(linked('vbscript:msgbox')).toEqual(refused);
    expect(linked('ftp://partner.com/file')).toEqual(refused);
    const example = {
      ok: false,
      errors: { 'source.url': 'Enter a link like https://partner.com/news.' },
    };
    expect(linked('https://')).toEqual(example);
    expect(linked('java\tscript:alert(1)')).toEqual(example);
    expect(linked('https://bank.com@evil.com/')).toEqual({
      ok: false,
      errors: { 'source.url': 'A link cannot hold a user name or password.' },
    });
  });

  it('takes a note as the source, but not an empty one', () => {
    const noted = (note: string) =>
      validate(intelligenceEntryInputSchema, {
        ...trend,
        trend: 'x',
        source: { kind: 'note', note },
      });
    expect(noted('Call with their CTO').ok).toBe(true);
    expect(noted('  ')).toEqual({ ok: false, errors: { 'source.note': 'Write the note.' } });
  });
});

describe('feedback and decisions', () => {
  const feedback = {
    speakerKind: 'customer',
    speakerName: 'Jo Park',
    date: '2025-05-02',
    words: 'We would buy the bundle if SSO came with it.',
    theme: 'Packaging',
    sentiment: 'positive',
  };

  it('accepts feedback with or without a partner and an iteration link', () => {
    expect(validate(feedbackInputSchema, feedback).ok).toBe(true);
    expect(
      validate(feedbackInputSchema, { ...feedback, partnerId, positioningIterationId: otherId }).ok,
    ).toBe(true);
    expect(
      validate(feedbackInputSchema, {
        ...feedback,
        words: '',
        sentiment: 'angry',
        speakerKind: 'x',
      }),
    ).toEqual({
      ok: false,
      errors: {
        speakerKind: 'Choose a partner contact or a customer.',
        words: 'Write down what they said.',
        sentiment: 'Choose a sentiment.',
      },
    });
  });

  it('drops repeated feedback links and refuses empty options', () => {
    const decision = {
      scope: 'product-for-partners',
      context: 'Partners ask for SSO.',
      decision: 'Bundle SSO in the partner edition.',
      date: '2025-05-10',
      decidedBy: 'Product council',
    };
    const parsed = validate(decisionInputSchema, {
      ...decision,
      feedbackIds: [partnerId, partnerId, otherId],
    });
    expect(parsed.ok && parsed.value.feedbackIds).toEqual([partnerId, otherId]);
    expect(parsed.ok && parsed.value.optionsConsidered).toEqual([]);
    expect(
      validate(decisionInputSchema, { ...decision, optionsConsidered: ['Wait', ' '] }),
    ).toEqual({
      ok: false,
      errors: { 'optionsConsidered.1': 'An option cannot be empty.' },
    });
    expect(validate(decisionInputSchema, { ...decision, scope: 'x', decidedBy: '' })).toEqual({
      ok: false,
      errors: { scope: 'Choose what the decision is about.', decidedBy: 'Say who decided.' },
    });
  });
});

describe('stakeholders and asks', () => {
  it('requires a name and the grid fields', () => {
    expect(
      validate(stakeholderInputSchema, { team: 'sales', influence: 'huge', stance: 'fan' }),
    ).toEqual({
      ok: false,
      errors: {
        name: 'A stakeholder needs a name.',
        influence: 'Choose high, medium or low influence.',
        stance: 'Choose a stance.',
      },
    });
    const ok = validate(stakeholderInputSchema, {
      name: 'Sam Lee',
      team: 'engineering',
      influence: 'high',
      stance: 'skeptic',
    });
    expect(ok.ok && ok.value.partnerIds).toEqual([]);
  });

  it('needs the date an ask was made once it is asked', () => {
    const ask = { what: 'Two sprints for the CRM connector', stakeholderId: otherId };
    expect(validate(askInputSchema, { ...ask, status: 'planned' }).ok).toBe(true);
    expect(validate(askInputSchema, { ...ask, status: 'asked' })).toEqual({
      ok: false,
      errors: { askedAt: 'Say when you asked.' },
    });
    expect(validate(askInputSchema, { ...ask, status: 'asked', askedAt: '2025-03-01' }).ok).toBe(
      true,
    );
  });
});

describe('activities with kind and outcome', () => {
  const stored = {
    ...base,
    partnerId,
    occurredAt: '2025-05-02T09:00:00.000Z',
    direction: 'inbound',
    purpose: 'sales',
    title: 'Deal registered',
  };

  it('still reads every activity stored before kind and outcome, even strictly', () => {
    expect(activitySchema.strict().parse(stored)).toEqual(stored);
    expect(Object.keys(activitySchema.parse(stored))).not.toContain('kind');
  });

  it('takes a kind and an outcome, and refuses an unknown kind', () => {
    const full = { ...stored, kind: 'deal-registration', outcome: 'Approved in a day' };
    expect(activitySchema.strict().parse(full)).toEqual(full);
    expect(validate(activitySchema, { ...stored, kind: 'lunch' })).toEqual({
      ok: false,
      errors: { kind: 'Choose a kind of activity.' },
    });
  });
});
