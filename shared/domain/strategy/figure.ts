/**
 * A derived figure either has a value or says plainly why it has none (nothing invested, no
 * closed deals…), so that no NaN or Infinity reaches a screen and the UI can explain the gap.
 */

/** A value, or no value with the reason why. */
export type Figure<T, R extends string = string> =
  { value: T; reason?: undefined } | { value: undefined; reason: R };

/** A figure that has a value. */
export function figure<T>(value: T): { value: T; reason?: undefined } {
  return { value };
}

/** A figure with no value, and why. */
export function noFigure<R extends string>(reason: R): { value: undefined; reason: R } {
  return { value: undefined, reason };
}

/** `numerator / denominator`, or no figure with `reason` when the denominator is zero. */
export function ratio<R extends string>(
  numerator: number,
  denominator: number,
  reason: R,
): Figure<number, R> {
  return denominator === 0 ? noFigure(reason) : figure(numerator / denominator);
}
