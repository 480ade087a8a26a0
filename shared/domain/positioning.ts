import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema, timestampSchema } from './record';

/** Who a positioning draft speaks to. */
export const POSITIONING_AUDIENCES = ['partner-sales', 'partner-customers', 'internal'] as const;

/** Where a draft stands. */
export const POSITIONING_STATUSES = ['draft', 'in-review', 'approved', 'retired'] as const;

/** The built-in templates a draft starts from. */
export const POSITIONING_TEMPLATES = [
  'positioning-statement',
  'positioning-canvas',
  'message-house',
  'joint-value-proposition',
  'blank',
] as const;

/** A draft's fields: named values, each a text or a list of texts. */
export const draftFieldsSchema = z.record(
  z.string().min(1).max(100),
  z.union([z.string().max(20000), z.array(z.string().max(20000)).max(50)]),
);

/** A positioning draft: the working copy of one value proposition. */
export const positioningDraftSchema = recordBaseSchema.extend({
  /** The partner it belongs to; absent for the company-wide positioning. */
  partnerId: idSchema.optional(),
  title: z.string().trim().min(1, { error: 'A draft needs a title.' }).max(200),
  audience: z.enum(POSITIONING_AUDIENCES),
  template: z.enum(POSITIONING_TEMPLATES),
  status: z.enum(POSITIONING_STATUSES),
  fields: draftFieldsSchema,
  /** The iteration the working copy was last committed as, if any. */
  headIterationId: idSchema.optional(),
});

/** A stored positioning draft. */
export type PositioningDraft = z.infer<typeof positioningDraftSchema>;

/** An immutable, committed iteration of a draft; never updated or deleted. */
export const positioningIterationSchema = recordBaseSchema.extend({
  draftId: idSchema,
  number: z.number().int().min(1),
  parentId: idSchema.optional(),
  author: optionalText(200, 'Author'),
  rationale: z.string().trim().min(1, { error: 'Say why this change was made.' }).max(2000),
  evidence: optionalText(5000, 'Evidence'),
  fields: draftFieldsSchema,
  committedAt: timestampSchema,
});

/** A stored positioning iteration. */
export type PositioningIteration = z.infer<typeof positioningIterationSchema>;
