/**
 * Makes a generator run repeatable: record ids from a seeded generator instead of
 * crypto.randomUUID, and a clock that starts at a fixed moment and moves one second each time it
 * is read. Imported first by generate-workbook.ts, before any repository runs.
 */
const START = Date.parse('2026-01-05T09:00:00.000Z');
let ticks = 0;
let seed = 0x5eed_2026;

function nextRandom(): number {
  // mulberry32: small, fast and the same on every machine.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function seededUuid(): `${string}-${string}-${string}-${string}-${string}` {
  const hex = Array.from({ length: 32 }, () => Math.floor(nextRandom() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(nextRandom() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const RealDate = Date;

/** A Date whose "now" is the fake clock's. */
class FakeDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) {
      super(START + 1000 * ticks++);
    } else {
      super(...(args as [string]));
    }
  }
  static override now(): number {
    return START + 1000 * ticks++;
  }
}

globalThis.Date = FakeDate as DateConstructor;
Object.defineProperty(globalThis.crypto, 'randomUUID', { value: seededUuid, configurable: true });

/** The fake clock's starting moment, for the sample workbook's "now". */
export const GENERATED_AT = new RealDate(START);
