/**
 * Full-text search over the people records the workbook-wide search finds besides partners:
 * stakeholders (by name, role and team), feedback (by who said it, their organisation, the
 * words and the theme) and decisions (by context, decision and who decided). A small index of
 * its own, apart from the partner index, so that partner search keeps its size and speed; the
 * query rules are the partner search's (every word must match, as a prefix, one typo forgiven).
 * Each hit carries the text a result list shows, so that the list needs no database read.
 */
import { TEAM_LABELS } from '../domain/people/people-labels';
import type { Stakeholder } from '../domain/people/stakeholder';
import type { Decision, Feedback } from '../domain/people/voice';
import { searchTerms } from './search-terms';
import { TermIndex, type TermMatcher } from './term-index';

/** The people tables the search finds. */
export const PEOPLE_SEARCH_TABLES = ['stakeholders', 'feedback', 'decisions'] as const;

/** A people table the search finds. */
export type PeopleSearchTable = (typeof PEOPLE_SEARCH_TABLES)[number];

/** A people record the search finds, with the text a result shows. */
export interface PeopleHit {
  table: PeopleSearchTable;
  id: string;
  /** Who or what it is: a stakeholder's name, who gave the feedback, the decision. */
  label: string;
  /** A line of context under the label. */
  detail: string;
}

/** The records of the searched tables, any of them missing. */
export interface PeopleRecords {
  stakeholders?: readonly Stakeholder[];
  feedback?: readonly Feedback[];
  decisions?: readonly Decision[];
}

// Who (a name), what about (role, team, organisation, theme), and the words.
const BOOSTS = [4, 2, 1];

const clipped = (text: string, max = 90): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const joined = (...parts: (string | undefined)[]): string =>
  parts.filter((part) => part !== undefined && part !== '').join(' · ');

interface PeopleDoc extends PeopleHit {
  fields: [string, string, string];
}

function stakeholderDoc(record: Stakeholder): PeopleDoc {
  const team = TEAM_LABELS[record.team];
  return {
    table: 'stakeholders',
    id: record.id,
    label: record.name,
    detail: joined(record.role, team),
    fields: [record.name, `${record.role ?? ''} ${team}`, ''],
  };
}

function feedbackDoc(record: Feedback): PeopleDoc {
  return {
    table: 'feedback',
    id: record.id,
    label: joined(record.speakerName, record.speakerOrganisation),
    detail: joined(record.date, record.theme, `“${clipped(record.words, 70)}”`),
    fields: [
      record.speakerName,
      `${record.speakerOrganisation ?? ''} ${record.theme}`,
      record.words,
    ],
  };
}

function decisionDoc(record: Decision): PeopleDoc {
  return {
    table: 'decisions',
    id: record.id,
    label: clipped(record.decision),
    detail: joined(record.date, `decided by ${record.decidedBy}`),
    fields: [record.decidedBy, '', `${record.context} ${record.decision}`],
  };
}

const keyOf = (table: PeopleSearchTable, id: string): string => `${table}:${id}`;

function matcher(term: string): TermMatcher {
  // A one-letter word only matches names, as in partner search.
  return { term, prefix: true, fuzzy: term.length >= 4, fieldMask: term.length === 1 ? 1 : 7 };
}

/** The people search index: stakeholders, feedback and decisions, kept up to date by id. */
export class PeopleIndex {
  private readonly index = new TermIndex(BOOSTS);
  private readonly hits = new Map<string, PeopleHit>();

  /** How many records are indexed. */
  get size(): number {
    return this.hits.size;
  }

  /** Indexes records, replacing earlier versions of the same ones. */
  putAll(records: PeopleRecords): void {
    const docs = [
      ...(records.stakeholders ?? []).map(stakeholderDoc),
      ...(records.feedback ?? []).map(feedbackDoc),
      ...(records.decisions ?? []).map(decisionDoc),
    ];
    for (const { fields, ...hit } of docs) {
      const key = keyOf(hit.table, hit.id);
      this.index.put(key, fields);
      this.hits.set(key, hit);
    }
    this.index.prepare();
  }

  /** Drops a record; false when it was not indexed. */
  remove(table: PeopleSearchTable, id: string): boolean {
    const key = keyOf(table, id);
    this.hits.delete(key);
    return this.index.remove(key);
  }

  /** The records matching every word of `text`, best first, at most `limit`. */
  search(text: string, limit: number): PeopleHit[] {
    const terms = [...new Set(searchTerms(text))].slice(0, 8);
    if (terms.length === 0) return [];
    return this.index
      .search(terms.map(matcher))
      .slice(0, limit)
      .flatMap((key) => this.hits.get(key) ?? []);
  }
}
