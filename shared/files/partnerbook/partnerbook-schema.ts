import { z } from 'zod';
import { activitySchema } from '../../domain/activity';
import { contactSchema, partnerSchema } from '../../domain/partner';
import {
  positioningDraftSchema,
  positioningIterationSchema,
  statusChangeSchema,
} from '../../domain/positioning';
import { partnerChangeSchema } from '../../domain/partner-change';
import { askSchema } from '../../domain/people/ask';
import { intelligenceEntrySchema } from '../../domain/people/intelligence';
import { stakeholderSchema } from '../../domain/people/stakeholder';
import { decisionSchema, feedbackSchema } from '../../domain/people/voice';
import { idSchema, timestampSchema } from '../../domain/record';
import { revisionEntrySchema } from '../../domain/revision';
import { companyGoalSchema } from '../../domain/strategy/company-goal';
import { investmentSchema } from '../../domain/strategy/investment';
import { customMetricSchema, metricEntrySchema } from '../../domain/strategy/metric';
import { partnerPlanSchema } from '../../domain/strategy/partner-plan';
import { qbrSchema } from '../../domain/templates/qbr';
import { templateSchema } from '../../domain/templates/template';
import { tombstoneSchema } from '../../domain/tombstone';
import { settingSchema, workbookMetaSchema } from '../../domain/workbook';
import { PARTNERBOOK_FORMAT, PARTNERBOOK_VERSION } from './format';
import type { SnapshotTableName } from './snapshot';

/**
 * The zod schema of a `.partnerbook` file, built from the domain schemas so that a file is held
 * to exactly the rules the app holds its own records to. Records and the objects around them
 * are strict: a key this version does not know is reported, never silently dropped, because
 * dropping it would lose data written by a newer or foreign tool. (Objects nested inside a
 * record, such as a field's claims, are checked by the domain schemas, which drop unknown keys.)
 * docs/partnerbook.schema.json is generated from `partnerbookFileSchema`.
 */

// A ledger entry is one of three shapes; each is strict on its own.
const strictInvestmentSchema = z.discriminatedUnion(
  'kind',
  investmentSchema.options.map((option) => option.strict()) as unknown as [
    (typeof investmentSchema.options)[0],
    (typeof investmentSchema.options)[1],
    (typeof investmentSchema.options)[2],
  ],
);

// A template is one of four shapes, by kind; each is strict on its own.
const strictTemplateSchema = z.discriminatedUnion(
  'kind',
  templateSchema.options.map((option) => option.strict()) as unknown as [
    (typeof templateSchema.options)[0],
    (typeof templateSchema.options)[1],
    (typeof templateSchema.options)[2],
    (typeof templateSchema.options)[3],
  ],
);

// An intelligence entry is one of five shapes, by section; each is strict on its own.
const strictIntelligenceEntrySchema = z.discriminatedUnion(
  'section',
  intelligenceEntrySchema.options.map((option) => option.strict()) as unknown as [
    (typeof intelligenceEntrySchema.options)[0],
    (typeof intelligenceEntrySchema.options)[1],
    (typeof intelligenceEntrySchema.options)[2],
    (typeof intelligenceEntrySchema.options)[3],
    (typeof intelligenceEntrySchema.options)[4],
  ],
);

/** Each table's record schema, as a file holds it. */
export const RECORD_SCHEMAS = {
  partners: partnerSchema.strict(),
  contacts: contactSchema.strict(),
  positioningDrafts: positioningDraftSchema.strict(),
  positioningIterations: positioningIterationSchema.strict(),
  positioningStatusChanges: statusChangeSchema.strict(),
  activities: activitySchema.strict(),
  companyGoals: companyGoalSchema.strict(),
  partnerPlans: partnerPlanSchema.strict(),
  investments: strictInvestmentSchema,
  metricEntries: metricEntrySchema.strict(),
  customMetrics: customMetricSchema.strict(),
  templates: strictTemplateSchema,
  qbrs: qbrSchema.strict(),
  partnerChanges: partnerChangeSchema.strict(),
  intelligenceEntries: strictIntelligenceEntrySchema,
  feedback: feedbackSchema.strict(),
  decisions: decisionSchema.strict(),
  stakeholders: stakeholderSchema.strict(),
  asks: askSchema.strict(),
  settings: settingSchema.strict(),
  tombstones: tombstoneSchema.strict(),
  revisions: revisionEntrySchema.strict(),
} satisfies Record<SnapshotTableName, z.ZodType>;

/** The workbook's identity in a file. */
export const workbookIdentitySchema = z.strictObject({
  id: idSchema,
  name: workbookMetaSchema.shape.name,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** The app that wrote a file, for support questions; never used to decide how to read it. */
export const writerAppSchema = z.strictObject({
  name: z.string().max(200),
  version: z.string().max(100),
});

/** The fields every version of the format has, checked before anything else is read. */
export const envelopeSchema = z.object({
  format: z.literal(PARTNERBOOK_FORMAT),
  formatVersion: z.number().int().min(1),
});

/** A current-version file with every table, as the JSON Schema describes it. */
export const partnerbookFileSchema = z.strictObject({
  format: z.literal(PARTNERBOOK_FORMAT),
  formatVersion: z.literal(PARTNERBOOK_VERSION),
  exportedAt: timestampSchema,
  app: writerAppSchema.optional(),
  workbook: workbookIdentitySchema,
  tables: z.strictObject({
    partners: z.array(RECORD_SCHEMAS.partners),
    contacts: z.array(RECORD_SCHEMAS.contacts),
    positioningDrafts: z.array(RECORD_SCHEMAS.positioningDrafts),
    positioningIterations: z.array(RECORD_SCHEMAS.positioningIterations),
    positioningStatusChanges: z.array(RECORD_SCHEMAS.positioningStatusChanges),
    activities: z.array(RECORD_SCHEMAS.activities),
    companyGoals: z.array(RECORD_SCHEMAS.companyGoals),
    partnerPlans: z.array(RECORD_SCHEMAS.partnerPlans),
    investments: z.array(RECORD_SCHEMAS.investments),
    metricEntries: z.array(RECORD_SCHEMAS.metricEntries),
    customMetrics: z.array(RECORD_SCHEMAS.customMetrics),
    templates: z.array(RECORD_SCHEMAS.templates),
    qbrs: z.array(RECORD_SCHEMAS.qbrs),
    partnerChanges: z.array(RECORD_SCHEMAS.partnerChanges),
    intelligenceEntries: z.array(RECORD_SCHEMAS.intelligenceEntries),
    feedback: z.array(RECORD_SCHEMAS.feedback),
    decisions: z.array(RECORD_SCHEMAS.decisions),
    stakeholders: z.array(RECORD_SCHEMAS.stakeholders),
    asks: z.array(RECORD_SCHEMAS.asks),
    settings: z.array(RECORD_SCHEMAS.settings),
    tombstones: z.array(RECORD_SCHEMAS.tombstones),
    /** Optional: format 1 files have none, and a reader derives them from the records. */
    revisions: z.array(RECORD_SCHEMAS.revisions).optional(),
  }),
});

/** A current-version file, as decoded. */
export type PartnerbookFile = z.infer<typeof partnerbookFileSchema>;

/** The file around the tables, checked in one go; tables are checked record by record. */
export const fileHeadSchema = partnerbookFileSchema.extend({
  tables: z.strictObject({
    partners: z.array(z.unknown()),
    contacts: z.array(z.unknown()),
    positioningDrafts: z.array(z.unknown()),
    positioningIterations: z.array(z.unknown()),
    positioningStatusChanges: z.array(z.unknown()),
    activities: z.array(z.unknown()),
    companyGoals: z.array(z.unknown()),
    partnerPlans: z.array(z.unknown()),
    investments: z.array(z.unknown()),
    metricEntries: z.array(z.unknown()),
    customMetrics: z.array(z.unknown()),
    templates: z.array(z.unknown()),
    qbrs: z.array(z.unknown()),
    partnerChanges: z.array(z.unknown()),
    intelligenceEntries: z.array(z.unknown()),
    feedback: z.array(z.unknown()),
    decisions: z.array(z.unknown()),
    stakeholders: z.array(z.unknown()),
    asks: z.array(z.unknown()),
    settings: z.array(z.unknown()),
    tombstones: z.array(z.unknown()),
    revisions: z.array(z.unknown()).optional(),
  }),
});
