import { z } from 'zod';
import { idSchema, timestampSchema } from '../../domain/record';
import { revisionSchema } from '../../domain/revision';
import { PARTNERBOOK_VERSION } from './format';
import {
  partnerbookFileSchema,
  RECORD_SCHEMAS,
  workbookIdentitySchema,
} from './partnerbook-schema';

/**
 * The JSON Schema of a `.partnerbook` file, generated from the zod schema so that the two never
 * disagree; docs/partnerbook.schema.json holds its output (a unit test keeps it current). It
 * describes what a file may hold (zod's input side: a writer may leave out defaults). Rules a
 * JSON Schema cannot state (ids unique per table, contacts pointing at a partner in the file,
 * field sizes summed over parts) are in docs/partnerbook-format.md.
 */

interface Described {
  id?: string;
  title?: string;
  description?: string;
}

// The rule of shared/domain/first-changes.ts, as the file's readers need it.
const FIRST_RECORD_RULE =
  'A partner’s first record of a field may be left out: a field of a partner with no record in ' +
  'the file has, as its first record, `from` null `to` the partner’s value, effective on (and ' +
  'changed at) the partner’s `createdAt`, under the id derived from the partner’s id and the ' +
  'field (see docs/partnerbook-format.md).';

// Names for the parts that the JSON Schema lists once under $defs and refers to.
function describedParts(): z.core.$ZodRegistry<Described> {
  const parts = z.registry<Described>();
  parts.add(partnerbookFileSchema, {
    title: 'Partner Workbook file (.partnerbook)',
    description:
      'A whole partner workbook: its identity, every table and the full positioning history. ' +
      'See docs/partnerbook-format.md.',
  });
  parts.add(idSchema, { id: 'Id', description: 'A stable record id: a UUID.' });
  parts.add(timestampSchema, { id: 'Timestamp', description: 'An ISO-8601 time in UTC.' });
  parts.add(revisionSchema, {
    id: 'Revision',
    description: 'One revision of a record: a counter from 1, a dash, a 16-hex-digit content hash.',
  });
  parts.add(workbookIdentitySchema, { id: 'Workbook', description: 'The workbook’s identity.' });
  const records: Record<keyof typeof RECORD_SCHEMAS, string> = {
    partners: 'Partner',
    contacts: 'Contact',
    positioningDrafts: 'PositioningDraft',
    positioningIterations: 'PositioningIteration',
    positioningStatusChanges: 'StatusChange',
    activities: 'Activity',
    companyGoals: 'CompanyGoal',
    partnerPlans: 'PartnerPlan',
    investments: 'Investment',
    metricEntries: 'MetricEntry',
    customMetrics: 'CustomMetric',
    templates: 'Template',
    qbrs: 'Qbr',
    partnerChanges: 'PartnerChange',
    intelligenceEntries: 'IntelligenceEntry',
    feedback: 'Feedback',
    decisions: 'Decision',
    stakeholders: 'Stakeholder',
    asks: 'Ask',
    settings: 'Setting',
    tombstones: 'Tombstone',
    revisions: 'RevisionHistory',
  };
  for (const [table, id] of Object.entries(records)) {
    const schema = RECORD_SCHEMAS[table as keyof typeof RECORD_SCHEMAS];
    const more = table === 'partnerChanges' ? ` ${FIRST_RECORD_RULE}` : '';
    parts.add(schema, { id, description: `One record of tables.${table}.${more}` });
  }
  return parts;
}

/** The JSON Schema (draft 2020-12) of a current-version workbook file. */
export function partnerbookJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(partnerbookFileSchema, {
    io: 'input',
    metadata: describedParts(),
  });
  return {
    $schema: generated.$schema,
    $id: `urn:partner-workbook:partnerbook:${PARTNERBOOK_VERSION}`,
    ...generated,
  };
}
