import type { z } from 'zod';

/** Messages by field path (`name`, `contacts.0.email`), one per field, fit to show beside it. */
export type FieldErrors = Record<string, string>;

/** Either the validated value or the messages for each invalid field. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Turns a zod error into one message per field path, keeping the first message of each. */
export function toFieldErrors(error: z.ZodError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    const key = path === '' ? '_' : path;
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Validates a value against a schema, returning field messages instead of throwing. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix = '',
): Validated<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: toFieldErrors(parsed.error, prefix) };
}
