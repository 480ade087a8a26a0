/** A new stable record id. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current time as stored on records. */
export function nowIso(): string {
  return new Date().toISOString();
}
