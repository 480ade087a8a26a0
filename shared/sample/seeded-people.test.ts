import { describe, expect, it } from 'vitest';
import { ASK_STATUSES, isStalled } from '../domain/people/ask';
import { INTELLIGENCE_SECTIONS, isStale } from '../domain/people/intelligence';
import { isInfluentialOpponent } from '../domain/people/stakeholder';
import { decisionVoice } from '../domain/people/voice';
import { RECORD_SCHEMAS } from '../files/partnerbook/partnerbook-schema';
import { generateSampleSnapshot } from './sample-snapshot';

const now = new Date('2026-06-15T12:00:00.000Z');
const today = '2026-06-15';

describe('the sample’s people records', () => {
  const { tables } = generateSampleSnapshot({ partners: 12, seed: 7, now });
  const partnerIds = tables.partners.map((partner) => partner.id);

  it('know the first four partners in every section, some of it stale', () => {
    const { intelligenceEntries: entries } = tables;
    expect(entries).toHaveLength(18);
    expect(new Set(entries.map((entry) => entry.partnerId))).toEqual(
      new Set(partnerIds.slice(0, 4)),
    );
    expect(new Set(entries.map((entry) => entry.section))).toEqual(new Set(INTELLIGENCE_SECTIONS));
    // 250, 200, 320, 210 and 400 days old.
    expect(entries.filter((entry) => isStale(entry, today))).toHaveLength(5);
  });

  it('have feedback with themes and sentiments, and decisions with and without voice', () => {
    expect(tables.feedback).toHaveLength(6);
    expect(new Set(tables.feedback.map((item) => item.sentiment))).toEqual(
      new Set(['positive', 'neutral', 'negative']),
    );
    const byId = new Map(tables.feedback.map((item) => [item.id, item]));
    expect(tables.decisions.map((decision) => decisionVoice(decision, byId))).toEqual([
      { voice: 'with-voice', count: 2, missing: 0 },
      { voice: 'with-voice', count: 1, missing: 0 },
      { voice: 'without-voice', count: 0, missing: 0 },
    ]);
  });

  it('map stakeholders across the teams with a high-influence skeptic, and asks in every status', () => {
    expect(new Set(tables.stakeholders.map((person) => person.team)).size).toBe(7);
    expect(tables.stakeholders.filter(isInfluentialOpponent).map((person) => person.name)).toEqual([
      'Erik Lindqvist',
    ]);
    expect(new Set(tables.asks.map((ask) => ask.status))).toEqual(new Set(ASK_STATUSES));
    expect(tables.asks.filter((ask) => isStalled(ask, today)).map((ask) => ask.what)).toEqual([
      'Two engineers for the usage data API',
    ]);
  });

  it('are records the file schemas accept unchanged', () => {
    for (const table of [
      'intelligenceEntries',
      'feedback',
      'decisions',
      'stakeholders',
      'asks',
    ] as const) {
      for (const record of tables[table]) {
        expect(RECORD_SCHEMAS[table].parse(record), table).toEqual(record);
      }
    }
  });

  it('are the same for the same seed and none without partners', () => {
    expect(generateSampleSnapshot({ partners: 12, seed: 7, now }).tables.asks).toEqual(tables.asks);
    const empty = generateSampleSnapshot({ partners: 0, seed: 7, now }).tables;
    expect([empty.intelligenceEntries, empty.feedback, empty.stakeholders]).toEqual([[], [], []]);
  });
});
