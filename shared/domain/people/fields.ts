import { z } from 'zod';
import { idSchema } from '../record';

/**
 * Field builders the people records share, so that every required text trims the same way and
 * every list of links to other records drops repeats the same way.
 */

/** A trimmed text that must not be empty, with the messages a form shows beside it. */
export const requiredText = (max: number, missing: string, label: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${label} must be at most ${max} characters.` });

/** A list of record ids, repeats dropped, empty when left out. */
export const idListSchema = (max: number, label: string) =>
  z
    .array(idSchema)
    .max(max, { error: `At most ${max} ${label}.` })
    .default([])
    .transform((ids) => [...new Set(ids)]);
