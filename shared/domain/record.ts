import { z } from 'zod';

/** A stable identifier: a UUID, so that workbooks can later be merged across machines. */
export const idSchema = z.uuid({ error: 'Not a valid identifier.' });

/** An ISO-8601 timestamp in UTC, as stored on every record. */
export const timestampSchema = z.iso.datetime({ error: 'Not a valid date and time.' });

/** Fields every stored record carries. */
export const recordBaseSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** The base shape of a stored record. */
export type RecordBase = z.infer<typeof recordBaseSchema>;

/** Trims a string and turns an empty one into undefined, for optional text fields. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .transform((value) => (value === '' ? undefined : value))
    .optional();
