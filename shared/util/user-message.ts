/**
 * What a person is told about a failure. The app's own errors (plain Error and its named
 * subclasses such as HostError) carry sentences written for people; a TypeError or RangeError
 * comes from a bug, and its text ("Cannot read properties of undefined") must never reach the
 * screen, so it gets the fallback instead.
 */

const PROGRAMMING_ERRORS = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'InternalError',
  'AggregateError',
]);

/** The error's own message when it is one of ours and says something, else the fallback. */
export function userMessage(error: unknown, fallback: string): string {
  if (!(error instanceof Error) || error.message.trim() === '') return fallback;
  return PROGRAMMING_ERRORS.has(error.name) || PROGRAMMING_ERRORS.has(error.constructor.name)
    ? fallback
    : error.message;
}
