/**
 * Whether the reliability tests run their full counts (`RELIABILITY_FULL=1`, set by
 * `npm run test:reliability`) or the quick ones the normal suites run. One switch for the fuzz,
 * crash and upgrade tests alike.
 */
export const RELIABILITY_FULL = process.env.RELIABILITY_FULL === '1';
