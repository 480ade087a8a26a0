/**
 * The people sheets of a workbook export: partner intelligence, the voice of partners and
 * customers (feedback and decisions) and alliances inside the company (stakeholders and asks),
 * one row per record, with the labels of people-labels.ts instead of stored codes and partner
 * and stakeholder names instead of ids (the ids follow in their own columns). Intelligence keeps
 * one sheet for all five sections, each section's fields in columns of their own, so that a
 * filter on the Section column gives a clean table of one section.
 */
import type { Ask } from '../../domain/people/ask';
import { ASK_STATUSES } from '../../domain/people/ask';
import {
  INTELLIGENCE_SECTIONS,
  type IntelligenceEntry,
  type IntelligenceEntryOf,
  type IntelligenceSection,
} from '../../domain/people/intelligence';
import {
  ACCOUNT_STATUS_LABELS,
  ASK_STATUS_LABELS,
  COMPETITION_KIND_LABELS,
  DECISION_SCOPE_LABELS,
  DECISION_VOICE_LABELS,
  INFLUENCE_LABELS,
  INTELLIGENCE_SECTION_LABELS,
  SENTIMENT_LABELS,
  SPEAKER_KIND_LABELS,
  STANCE_LABELS,
  TEAM_LABELS,
  TECHNOLOGY_STATUS_LABELS,
  TREND_IMPACT_LABELS,
} from '../../domain/people/people-labels';
import type { Stakeholder } from '../../domain/people/stakeholder';
import { decisionVoice, type Decision, type Feedback } from '../../domain/people/voice';
import type { PositioningDraft, PositioningIteration } from '../../domain/positioning';
import type { ExportSheet } from './export-sheet';
import { buildSheet, joinList, textOrNull, toDate, type ColumnSpec } from './sheet-builder';
import { dateCell } from './strategy-tables';

/** The people records an export reads; each table may be missing (older callers). */
export interface ExportablePeople {
  intelligenceEntries?: readonly IntelligenceEntry[];
  feedback?: readonly Feedback[];
  decisions?: readonly Decision[];
  stakeholders?: readonly Stakeholder[];
  asks?: readonly Ask[];
  /** For naming the positioning iteration a feedback entry is evidence for. */
  positioningDrafts?: readonly PositioningDraft[];
  positioningIterations?: readonly PositioningIteration[];
}

const ID = 38;
const DATE = 12;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byText = (a: string | null, b: string | null): number => collator.compare(a ?? '', b ?? '');
// Newest first; a missing date last.
const newestFirst = (a: string | undefined, b: string | undefined): number =>
  (b ?? '').localeCompare(a ?? '');

const stamps = <
  T extends { id: string; createdAt: string; updatedAt: string },
>(): ColumnSpec<T>[] => [
  { header: 'Created', type: 'date', width: 17, value: (r) => toDate(r.createdAt) },
  { header: 'Updated', type: 'date', width: 17, value: (r) => toDate(r.updatedAt) },
  { header: 'ID', type: 'text', width: ID, value: (r) => r.id },
];

const lines = (items: readonly string[]): string | null =>
  items.length === 0 ? null : items.join('\n');

// A column of one section's field: empty on the rows of the other sections.
function sectionColumn<S extends IntelligenceSection>(
  section: S,
  header: string,
  width: number,
  value: (entry: IntelligenceEntryOf<S>) => string | null,
): ColumnSpec<IntelligenceEntry> {
  return {
    header,
    type: 'text',
    width,
    value: (entry) => (entry.section === section ? value(entry as IntelligenceEntryOf<S>) : null),
  };
}

function intelligenceSheet(
  entries: readonly IntelligenceEntry[],
  partnerName: (id: string) => string | null,
): ExportSheet {
  const sectionOrder = (entry: IntelligenceEntry) => INTELLIGENCE_SECTIONS.indexOf(entry.section);
  const rows = [...entries].sort(
    (a, b) =>
      byText(partnerName(a.partnerId), partnerName(b.partnerId)) ||
      sectionOrder(a) - sectionOrder(b) ||
      newestFirst(a.observedAt, b.observedAt),
  );
  const columns: ColumnSpec<IntelligenceEntry>[] = [
    { header: 'Partner', type: 'text', width: 32, value: (e) => partnerName(e.partnerId) },
    {
      header: 'Section',
      type: 'text',
      width: 13,
      value: (e) => INTELLIGENCE_SECTION_LABELS[e.section],
    },
    { header: 'Observed on', type: 'date', width: DATE, value: (e) => dateCell(e.observedAt) },
    sectionColumn('customers', 'Account', 28, (e) => e.accountName),
    sectionColumn('customers', 'Segment', 18, (e) => textOrNull(e.segment)),
    sectionColumn('customers', 'Account status', 16, (e) => ACCOUNT_STATUS_LABELS[e.accountStatus]),
    sectionColumn('technology', 'Integration or API', 28, (e) => e.integrationName),
    sectionColumn('technology', 'Certification', 22, (e) => textOrNull(e.certification)),
    sectionColumn(
      'technology',
      'Integration status',
      18,
      (e) => TECHNOLOGY_STATUS_LABELS[e.technologyStatus],
    ),
    sectionColumn('competition', 'Competitor', 24, (e) => e.competitor),
    sectionColumn(
      'competition',
      'Kind of competition',
      30,
      (e) => COMPETITION_KIND_LABELS[e.competitionKind],
    ),
    sectionColumn('channels', 'Route to market', 28, (e) => e.routeToMarket),
    sectionColumn('channels', 'Marketplace', 20, (e) => textOrNull(e.marketplace)),
    sectionColumn('channels', 'Region', 15, (e) => textOrNull(e.region)),
    sectionColumn('trends', 'Trend', 36, (e) => e.trend),
    sectionColumn('trends', 'Impact', 14, (e) => TREND_IMPACT_LABELS[e.impact]),
    {
      header: 'Source link',
      type: 'text',
      width: 36,
      value: (e) => (e.source?.kind === 'link' ? e.source.url : null),
    },
    { header: 'Source note', type: 'text', width: 30, value: (e) => textOrNull(e.source?.note) },
    { header: 'Notes', type: 'text', width: 40, value: (e) => textOrNull(e.notes) },
    { header: 'Partner ID', type: 'text', width: ID, value: (e) => e.partnerId },
    ...stamps<IntelligenceEntry>(),
  ];
  return buildSheet('Intelligence', columns, rows);
}

function voiceSheets(
  workbook: ExportablePeople,
  partnerName: (id: string | undefined) => string | null,
): ExportSheet[] {
  const draftTitles = new Map((workbook.positioningDrafts ?? []).map((d) => [d.id, d.title]));
  const iterations = new Map(
    (workbook.positioningIterations ?? []).map((i) => [
      i.id,
      `${draftTitles.get(i.draftId) ?? i.title}, iteration ${i.number}`,
    ]),
  );
  const feedback = [...(workbook.feedback ?? [])].sort(
    (a, b) => newestFirst(a.date, b.date) || byText(a.speakerName, b.speakerName),
  );
  const feedbackById = new Map(feedback.map((f) => [f.id, f]));
  const feedbackColumns: ColumnSpec<Feedback>[] = [
    { header: 'Date', type: 'date', width: DATE, value: (f) => dateCell(f.date) },
    { header: 'Said by', type: 'text', width: 24, value: (f) => f.speakerName },
    {
      header: 'Speaker',
      type: 'text',
      width: 16,
      value: (f) => SPEAKER_KIND_LABELS[f.speakerKind],
    },
    {
      header: 'Organisation',
      type: 'text',
      width: 24,
      value: (f) => textOrNull(f.speakerOrganisation),
    },
    { header: 'Partner', type: 'text', width: 32, value: (f) => partnerName(f.partnerId) },
    { header: 'Theme', type: 'text', width: 20, value: (f) => f.theme },
    { header: 'Sentiment', type: 'text', width: 11, value: (f) => SENTIMENT_LABELS[f.sentiment] },
    { header: 'Words', type: 'text', width: 60, value: (f) => f.words },
    {
      header: 'Positioning iteration',
      type: 'text',
      width: 32,
      value: (f) =>
        f.positioningIterationId === undefined
          ? null
          : (iterations.get(f.positioningIterationId) ?? null),
    },
    { header: 'Partner ID', type: 'text', width: ID, value: (f) => f.partnerId ?? null },
    {
      header: 'Positioning iteration ID',
      type: 'text',
      width: ID,
      value: (f) => f.positioningIterationId ?? null,
    },
    ...stamps<Feedback>(),
  ];

  const decisions = [...(workbook.decisions ?? [])].sort(
    (a, b) => newestFirst(a.date, b.date) || byText(a.decision, b.decision),
  );
  const linked = (d: Decision) =>
    d.feedbackIds.flatMap((id) => {
      const entry = feedbackById.get(id);
      return entry === undefined ? [] : [`${entry.speakerName} on ${entry.date}: ${entry.theme}`];
    });
  const decisionColumns: ColumnSpec<Decision>[] = [
    { header: 'Date', type: 'date', width: DATE, value: (d) => dateCell(d.date) },
    { header: 'Scope', type: 'text', width: 20, value: (d) => DECISION_SCOPE_LABELS[d.scope] },
    { header: 'Partner', type: 'text', width: 32, value: (d) => partnerName(d.partnerId) },
    { header: 'Decision', type: 'text', width: 50, value: (d) => d.decision },
    { header: 'Context', type: 'text', width: 50, value: (d) => d.context },
    {
      header: 'Options considered',
      type: 'text',
      width: 40,
      value: (d) => lines(d.optionsConsidered),
    },
    { header: 'Decided by', type: 'text', width: 20, value: (d) => d.decidedBy },
    {
      header: 'Voice',
      type: 'text',
      width: 34,
      value: (d) => DECISION_VOICE_LABELS[decisionVoice(d, feedbackById).voice],
    },
    {
      header: 'Linked feedback',
      type: 'number',
      width: 16,
      value: (d) => decisionVoice(d, feedbackById).count,
    },
    {
      header: 'Deleted feedback',
      type: 'number',
      width: 16,
      value: (d) => decisionVoice(d, feedbackById).missing,
    },
    { header: 'Feedback', type: 'text', width: 50, value: (d) => lines(linked(d)) },
    { header: 'Partner ID', type: 'text', width: ID, value: (d) => d.partnerId ?? null },
    { header: 'Feedback IDs', type: 'text', width: ID, value: (d) => joinList(d.feedbackIds) },
    ...stamps<Decision>(),
  ];
  return [
    buildSheet('Feedback', feedbackColumns, feedback),
    buildSheet('Decisions', decisionColumns, decisions),
  ];
}

function allianceSheets(
  workbook: ExportablePeople,
  partnerName: (id: string | undefined) => string | null,
): ExportSheet[] {
  const stakeholders = [...(workbook.stakeholders ?? [])].sort((a, b) => byText(a.name, b.name));
  const stakeholderNames = new Map(stakeholders.map((s) => [s.id, s.name]));
  const stakeholderColumns: ColumnSpec<Stakeholder>[] = [
    { header: 'Name', type: 'text', width: 26, value: (s) => s.name },
    { header: 'Team', type: 'text', width: 13, value: (s) => TEAM_LABELS[s.team] },
    { header: 'Role', type: 'text', width: 24, value: (s) => textOrNull(s.role) },
    { header: 'Influence', type: 'text', width: 17, value: (s) => INFLUENCE_LABELS[s.influence] },
    { header: 'Stance', type: 'text', width: 11, value: (s) => STANCE_LABELS[s.stance] },
    {
      header: 'Partners',
      type: 'text',
      width: 40,
      value: (s) => joinList(s.partnerIds.flatMap((id) => partnerName(id) ?? [])),
    },
    {
      header: 'Last conversation',
      type: 'date',
      width: 18,
      value: (s) => dateCell(s.lastMetAt),
    },
    { header: 'Notes', type: 'text', width: 40, value: (s) => textOrNull(s.notes) },
    { header: 'Partner IDs', type: 'text', width: ID, value: (s) => joinList(s.partnerIds) },
    ...stamps<Stakeholder>(),
  ];

  const statusOrder = (ask: Ask) => ASK_STATUSES.indexOf(ask.status);
  const asks = [...(workbook.asks ?? [])].sort(
    (a, b) =>
      statusOrder(a) - statusOrder(b) ||
      (a.askedAt ?? '').localeCompare(b.askedAt ?? '') ||
      byText(a.what, b.what),
  );
  const askColumns: ColumnSpec<Ask>[] = [
    { header: 'What', type: 'text', width: 40, value: (a) => a.what },
    {
      header: 'Stakeholder',
      type: 'text',
      width: 26,
      value: (a) => stakeholderNames.get(a.stakeholderId) ?? null,
    },
    { header: 'Partner', type: 'text', width: 32, value: (a) => partnerName(a.partnerId) },
    { header: 'Status', type: 'text', width: 10, value: (a) => ASK_STATUS_LABELS[a.status] },
    { header: 'Asked on', type: 'date', width: DATE, value: (a) => dateCell(a.askedAt) },
    { header: 'Why', type: 'text', width: 40, value: (a) => textOrNull(a.why) },
    { header: 'Outcome', type: 'text', width: 40, value: (a) => textOrNull(a.outcome) },
    { header: 'Stakeholder ID', type: 'text', width: ID, value: (a) => a.stakeholderId },
    { header: 'Partner ID', type: 'text', width: ID, value: (a) => a.partnerId ?? null },
    ...stamps<Ask>(),
  ];
  return [
    buildSheet('Stakeholders', stakeholderColumns, stakeholders),
    buildSheet('Asks', askColumns, asks),
  ];
}

/**
 * Builds the Intelligence, Feedback, Decisions, Stakeholders and Asks sheets; `partnerName`
 * names a partner by id. A record that names no partner has an empty Partner cell.
 */
export function peopleSheets(
  workbook: ExportablePeople,
  partnerName: (id: string) => string | null,
): ExportSheet[] {
  const optionalPartner = (id: string | undefined) => (id === undefined ? null : partnerName(id));
  return [
    intelligenceSheet(workbook.intelligenceEntries ?? [], partnerName),
    ...voiceSheets(workbook, optionalPartner),
    ...allianceSheets(workbook, optionalPartner),
  ];
}
