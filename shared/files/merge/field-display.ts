import {
  ACTIVITY_DIRECTION_LABELS,
  ACTIVITY_PURPOSE_LABELS,
  PARTNER_TYPE_LABELS,
  STAGE_LABELS,
  TIER_LABELS,
} from '../../domain/labels';
import type { DraftField } from '../../domain/positioning';
import type { RevisionTable } from '../../domain/revision';
import { AUDIENCE_LABELS, STATUS_LABELS } from '../../positioning/labels';
import { TEMPLATES } from '../../positioning/templates';
import { canonicalJson } from '../../util/content-hash';
import { COMPANY_WIDE, fieldsToText } from '../export/tables';
import type { RevisedRecord } from './merge-types';
import {
  PEOPLE_FIELD_LABELS,
  peopleRecordLabel,
  peopleValue,
  type PeopleNames,
} from './people-display';
import { STRATEGY_FIELD_LABELS, strategyValue } from './strategy-display';
import { TEMPLATE_FIELD_LABELS, templateValue } from './template-display';

/**
 * How a conflict reads for people: what kind of record, which one, each field's name, and each
 * value as display text (labels instead of stored codes, partner names instead of ids, a draft's
 * working copy as text), so that a review screen and the command line print them as they are.
 */

/** Partner names, draft titles and stakeholder names from both sides, for labels and values that name them. */
export interface NameLookup {
  partnerName(id: string): string | undefined;
  draftTitle(id: string): string | undefined;
  stakeholderName(id: string): string | undefined;
}

/** What each table's records are called. */
export const RECORD_KIND_LABELS: Readonly<Record<RevisionTable, string>> = {
  partners: 'Partner',
  contacts: 'Contact',
  activities: 'Activity',
  positioningDrafts: 'Positioning draft',
  settings: 'Setting',
  companyGoals: 'Company goal',
  partnerPlans: 'Partner plan',
  investments: 'Investment',
  metricEntries: 'Metric entry',
  customMetrics: 'Custom metric',
  templates: 'Template',
  qbrs: 'QBR',
  partnerChanges: 'Stage or tier change',
  intelligenceEntries: 'Intelligence entry',
  feedback: 'Feedback',
  decisions: 'Decision',
  stakeholders: 'Stakeholder',
  asks: 'Ask',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  types: 'Types',
  stage: 'Stage',
  tier: 'Tier',
  region: 'Region',
  industry: 'Industry',
  owner: 'Owner',
  website: 'Website',
  healthScore: 'Health score',
  lastActivityAt: 'Last activity',
  tags: 'Tags',
  notes: 'Notes',
  role: 'Role',
  email: 'Email',
  phone: 'Phone',
  partnerId: 'Partner',
  occurredAt: 'Date',
  direction: 'Direction',
  purpose: 'Purpose',
  title: 'Title',
  audience: 'Audience',
  template: 'Template',
  status: 'Status',
  fields: 'Working copy',
  from: 'From',
  to: 'To',
  changedAt: 'Changed at',
  effectiveOn: 'Effective date',
  field: 'Field',
  copiedFrom: 'Copied from',
  value: 'Value',
  ...STRATEGY_FIELD_LABELS,
  ...TEMPLATE_FIELD_LABELS,
  ...PEOPLE_FIELD_LABELS,
};

/** A field's name for people. */
export function fieldLabel(field: string): string {
  const label = FIELD_LABELS[field];
  if (label !== undefined) return label;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const labelled = (labels: Readonly<Record<string, string>>, value: unknown): string =>
  typeof value === 'string' ? (labels[value] ?? value) : plain(value);

function plain(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join(', ');
  }
  return canonicalJson(value);
}

const TEMPLATE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  TEMPLATES.map((template) => [template.id, template.name]),
);

function partner(id: unknown, names: NameLookup): string {
  if (id === undefined) return COMPANY_WIDE;
  return typeof id === 'string' ? (names.partnerName(id) ?? id) : plain(id);
}

const peopleNames = (names: NameLookup): PeopleNames => ({
  partner: (id) => names.partnerName(id) ?? id,
  stakeholder: (id) => names.stakeholderName(id) ?? id,
});

function draftValue(field: string, value: unknown, names: NameLookup): string {
  switch (field) {
    case 'partnerId':
      return partner(value, names);
    case 'audience':
      return labelled(AUDIENCE_LABELS, value);
    case 'status':
      return labelled(STATUS_LABELS, value);
    case 'template':
      return labelled(TEMPLATE_NAMES, value);
    case 'fields':
      return Array.isArray(value) ? (fieldsToText(value as DraftField[]) ?? '') : plain(value);
    case 'copiedFrom': {
      const from = value as { draftId?: unknown } | undefined;
      const id = typeof from?.draftId === 'string' ? from.draftId : undefined;
      return id === undefined ? '' : (names.draftTitle(id) ?? id);
    }
    default:
      return plain(value);
  }
}

/** A field's value as display text; an absent value is empty text. */
export function displayValue(
  table: RevisionTable,
  field: string,
  value: unknown,
  names: NameLookup,
): string {
  switch (table) {
    case 'partners':
      if (field === 'types' && Array.isArray(value)) {
        return value.map((type: string) => labelled(PARTNER_TYPE_LABELS, type)).join(', ');
      }
      if (field === 'stage') return labelled(STAGE_LABELS, value);
      if (field === 'tier') return labelled(TIER_LABELS, value);
      return plain(value);
    case 'contacts':
      return field === 'partnerId' ? partner(value, names) : plain(value);
    case 'activities':
      if (field === 'partnerId') return partner(value, names);
      if (field === 'direction') return labelled(ACTIVITY_DIRECTION_LABELS, value);
      if (field === 'purpose') return labelled(ACTIVITY_PURPOSE_LABELS, value);
      return plain(value);
    case 'positioningDrafts':
      return draftValue(field, value, names);
    case 'settings':
      return plain(value);
    case 'companyGoals':
    case 'partnerPlans':
    case 'investments':
    case 'metricEntries':
    case 'customMetrics':
      return strategyValue(table, field, value, (id) => partner(id, names));
    case 'templates':
    case 'qbrs':
      return templateValue(table, field, value, (id) => partner(id, names));
    case 'partnerChanges':
      if (field === 'partnerId') return partner(value, names);
      // Stage and tier codes do not overlap, so either list names a value.
      if (field === 'from' || field === 'to') {
        return labelled({ ...STAGE_LABELS, ...TIER_LABELS }, value);
      }
      return plain(value);
    case 'intelligenceEntries':
    case 'feedback':
    case 'decisions':
    case 'stakeholders':
    case 'asks':
      return peopleValue(table, field, value, peopleNames(names));
  }
}

/** Which record a conflict is about, for people: "Liis Tamm (Baltic Data)". */
export function recordLabel(record: RevisedRecord, names: NameLookup): string {
  const of = (partnerId: string) => names.partnerName(partnerId) ?? partnerId;
  if ('key' in record) return record.key;
  if (
    'section' in record ||
    'speakerName' in record ||
    'decidedBy' in record ||
    'stance' in record ||
    'stakeholderId' in record
  ) {
    return peopleRecordLabel(record, peopleNames(names));
  }
  if ('changedAt' in record) {
    return `${fieldLabel(record.field)} to ${displayValue('partnerChanges', 'to', record.to, names)} on ${record.effectiveOn} (${of(record.partnerId)})`;
  }
  if ('agenda' in record) return `${record.title} on ${record.date} (${of(record.partnerId)})`;
  if ('body' in record) return record.name;
  if ('template' in record) return record.title;
  if ('occurredAt' in record) return `${record.title} (${of(record.partnerId)})`;
  if ('objectives' in record) {
    return `Plan ${record.period.start} – ${record.period.end} (${of(record.partnerId)})`;
  }
  if ('kind' in record) return `${record.kind} on ${record.date} (${of(record.partnerId)})`;
  if ('metric' in record) {
    return `${record.metric} on ${record.date} (${of(record.partnerId)})`;
  }
  if ('measure' in record) return record.title;
  if ('partnerId' in record) return `${record.name} (${of(record.partnerId)})`;
  return record.name;
}
