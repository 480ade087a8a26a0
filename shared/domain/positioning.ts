import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema, timestampSchema } from './record';

/** Who a positioning draft speaks to. */
export const POSITIONING_AUDIENCES = ['partner-sales', 'partner-customers', 'internal'] as const;

/** An audience of a positioning draft. */
export type PositioningAudience = (typeof POSITIONING_AUDIENCES)[number];

/** Where a draft stands. */
export const POSITIONING_STATUSES = ['draft', 'in-review', 'approved', 'retired'] as const;

/** A status of a positioning draft. */
export type PositioningStatus = (typeof POSITIONING_STATUSES)[number];

/** The built-in templates a draft starts from. */
export const POSITIONING_TEMPLATES = [
  'positioning-statement',
  'positioning-canvas',
  'message-house',
  'joint-value-proposition',
  'blank',
] as const;

/** A built-in template's id. */
export type PositioningTemplateId = (typeof POSITIONING_TEMPLATES)[number];

/** The most characters one field may hold, counted over all its parts. */
export const MAX_FIELD_CHARS = 100_000;

/** How a field's value is shaped: one text, a list of texts, or claims each with their proof. */
export const FIELD_KINDS = ['text', 'list', 'claims'] as const;

/** A field's kind. */
export type FieldKind = (typeof FIELD_KINDS)[number];

// Each part is bounded generously here; the real limit is on the field's total, checked below
// with a message that names the field.
const part = z.string().max(MAX_FIELD_CHARS + 1);

/** A claim with the proof behind it: a value theme, a message-house pillar. */
export const claimSchema = z.object({ text: part, proof: part });

/** A claim with its proof. */
export type Claim = z.infer<typeof claimSchema>;

const fieldKey = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'A field key is lower-case letters, digits and dashes.',
  });
const fieldLabel = z
  .string()
  .trim()
  .min(1, { error: 'A field needs a name.' })
  .max(100, { error: 'A field name is at most 100 characters.' });

/** One named field of a draft or iteration; the label travels with it so exports read alone. */
export const draftFieldSchema = z
  .discriminatedUnion('kind', [
    z.object({ key: fieldKey, label: fieldLabel, kind: z.literal('text'), value: part }),
    z.object({
      key: fieldKey,
      label: fieldLabel,
      kind: z.literal('list'),
      value: z.array(part).max(200),
    }),
    z.object({
      key: fieldKey,
      label: fieldLabel,
      kind: z.literal('claims'),
      value: z.array(claimSchema).max(50),
    }),
  ])
  .superRefine((field, ctx) => {
    const size = fieldSize(field);
    if (size > MAX_FIELD_CHARS) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `“${field.label}” holds ${size.toLocaleString('en-US')} characters; a field holds at most ${MAX_FIELD_CHARS.toLocaleString('en-US')}. Shorten it or split it into several fields.`,
      });
    }
  });

/** A field of a draft or iteration. */
export type DraftField = z.infer<typeof draftFieldSchema>;

/** The characters a field holds, over all its parts. */
export function fieldSize(field: DraftField): number {
  switch (field.kind) {
    case 'text':
      return field.value.length;
    case 'list':
      return field.value.reduce((sum, item) => sum + item.length, 0);
    case 'claims':
      return field.value.reduce((sum, claim) => sum + claim.text.length + claim.proof.length, 0);
  }
}

/** A draft's fields in order, each key once. */
export const draftFieldsSchema = z
  .array(draftFieldSchema)
  .max(100, { error: 'A draft holds at most 100 fields.' })
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((field, index) => {
      if (seen.has(field.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'label'],
          message: `There are two fields named “${field.label}”; give each its own name.`,
        });
      }
      seen.add(field.key);
    });
  });

const draftTitle = z
  .string()
  .trim()
  .min(1, { error: 'A draft needs a title.' })
  .max(200, { error: 'A title is at most 200 characters.' });

/** A positioning draft: its identity, status and the working copy being edited. */
export const positioningDraftSchema = recordBaseSchema.extend({
  /** The partner it belongs to; absent for the company-wide positioning. */
  partnerId: idSchema.optional(),
  title: draftTitle,
  audience: z.enum(POSITIONING_AUDIENCES),
  template: z.enum(POSITIONING_TEMPLATES),
  status: z.enum(POSITIONING_STATUSES),
  /** The working copy: autosaved as it is edited, committed by saving an iteration. */
  fields: draftFieldsSchema,
  /** The latest committed iteration, if any. */
  headIterationId: idSchema.optional(),
  /** How many iterations have been committed; the next one gets this number plus one. */
  iterationCount: z.number().int().min(0),
  /** Where the draft started: which draft (and iteration) it was copied from, if any. */
  copiedFrom: z.object({ draftId: idSchema, iterationId: idSchema.optional() }).optional(),
});

/** A stored positioning draft. */
export type PositioningDraft = z.infer<typeof positioningDraftSchema>;

/** A draft without its fields: what lists and the workbook view show. */
export type DraftSummary = Omit<PositioningDraft, 'fields'>;

/** An immutable, committed iteration of a draft; never updated or deleted. */
export const positioningIterationSchema = recordBaseSchema.extend({
  draftId: idSchema,
  number: z.number().int().min(1),
  /** The iteration this one was made from; absent for the first. */
  parentId: idSchema.optional(),
  author: optionalText(200, 'Author'),
  rationale: z
    .string()
    .trim()
    .min(1, { error: 'Say why this change was made.' })
    .max(2000, { error: 'Keep the rationale under 2,000 characters.' }),
  /** A note on the evidence behind the change. */
  evidence: optionalText(5000, 'Evidence'),
  /** A link to the feedback or source behind the change. */
  evidenceUrl: optionalText(2000, 'Evidence link'),
  title: draftTitle,
  audience: z.enum(POSITIONING_AUDIENCES),
  /** The draft's status when this iteration was committed. */
  status: z.enum(POSITIONING_STATUSES),
  fields: draftFieldsSchema,
  /** Set when this iteration restores an older one: that iteration's number. */
  restoredFrom: z.number().int().min(1).optional(),
  committedAt: timestampSchema,
});

/** A stored positioning iteration. */
export type PositioningIteration = z.infer<typeof positioningIterationSchema>;

/** An iteration without its fields: one line of a timeline. */
export type IterationSummary = Omit<PositioningIteration, 'fields'>;

/** A recorded change of a draft's status; append-only like iterations. */
export const statusChangeSchema = z.object({
  id: idSchema,
  draftId: idSchema,
  from: z.enum(POSITIONING_STATUSES),
  to: z.enum(POSITIONING_STATUSES),
  author: optionalText(200, 'Author'),
  note: optionalText(2000, 'Note'),
  at: timestampSchema,
});

/** A stored status change. */
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** What the user fills in to commit the working copy as an iteration. */
export const commitInputSchema = z.object({
  rationale: positioningIterationSchema.shape.rationale,
  evidence: positioningIterationSchema.shape.evidence,
  evidenceUrl: optionalText(2000, 'Evidence link').refine(
    (url) => url === undefined || /^https?:\/\//i.test(url),
    { error: 'A link starts with http:// or https://.' },
  ),
  author: positioningIterationSchema.shape.author,
});

/** The validated commit form. */
export type CommitInput = z.infer<typeof commitInputSchema>;

/** How a new draft starts: from a template, or as a copy of another draft. */
export type DraftSource =
  | { kind: 'template'; template: PositioningTemplateId }
  | { kind: 'copy'; draftId: string }
  /** A saved template's fields (starter text included), following a built-in method. */
  | { kind: 'fields'; template: PositioningTemplateId; fields: DraftField[] };

/** What the user fills in to create a draft. */
export const newDraftInputSchema = z.object({
  partnerId: idSchema.optional(),
  title: draftTitle,
  audience: z.enum(POSITIONING_AUDIENCES),
});

/** The validated new-draft form. */
export type NewDraftInput = z.infer<typeof newDraftInputSchema>;
