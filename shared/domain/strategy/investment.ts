import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema } from '../record';
import { isoDateSchema } from './iso-date';
import { positiveMoneySchema } from './money';

/**
 * The investment ledger: what we put into a partnership, as dated entries of three kinds. Time is
 * hours by a named person; money is a spend in minor units with its fund type; energy is a 1–5
 * rating of the effort it took, with a note. Each entry carries one tag saying what it served.
 */

/** What an investment served. */
export const INVESTMENT_TAGS = [
  'enablement',
  'co-marketing',
  'integration',
  'sales-support',
  'other',
] as const;

/** What an investment served. */
export type InvestmentTag = (typeof INVESTMENT_TAGS)[number];

/** Where money came from: market development funds, co-marketing, development, or other. */
export const FUND_TYPES = ['mdf', 'co-marketing', 'development', 'other'] as const;

/** A fund type. */
export type FundType = (typeof FUND_TYPES)[number];

/** The kinds of ledger entry. */
export const INVESTMENT_KINDS = ['time', 'money', 'energy'] as const;

/** A kind of ledger entry. */
export type InvestmentKind = (typeof INVESTMENT_KINDS)[number];

const common = {
  partnerId: idSchema,
  date: isoDateSchema,
  tag: z.enum(INVESTMENT_TAGS, { error: 'Choose what the investment served.' }),
  note: optionalText(2000, 'Note'),
};

const time = {
  kind: z.literal('time'),
  // Up to a (long) week of hours in one entry, in quarter-hour steps at the finest.
  hours: z
    .number({ error: 'Enter the hours as a number.' })
    .positive({ error: 'Hours must be more than zero.' })
    .max(168, { error: 'One entry holds at most 168 hours.' })
    .refine((hours) => Number.isInteger(hours * 4), { error: 'Use quarter hours at the finest.' }),
  person: z
    .string()
    .trim()
    .min(1, { error: 'Say whose time it was.' })
    .max(200, { error: 'A name is at most 200 characters.' }),
};

const money = {
  kind: z.literal('money'),
  amount: positiveMoneySchema,
  fundType: z.enum(FUND_TYPES, { error: 'Choose a fund type.' }),
};

const energy = {
  kind: z.literal('energy'),
  rating: z
    .number({ error: 'Rate the effort from 1 to 5.' })
    .int({ error: 'Rate the effort from 1 to 5.' })
    .min(1, { error: 'Rate the effort from 1 to 5.' })
    .max(5, { error: 'Rate the effort from 1 to 5.' }),
};

/** A ledger entry as a form supplies it. */
export const investmentInputSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, ...time }),
  z.object({ ...common, ...money }),
  z.object({ ...common, ...energy }),
]);

/** A ledger entry before validation. */
export type InvestmentInput = z.input<typeof investmentInputSchema>;

/** A stored ledger entry. */
export const investmentSchema = z.discriminatedUnion('kind', [
  recordBaseSchema.extend({ ...common, ...time }),
  recordBaseSchema.extend({ ...common, ...money }),
  recordBaseSchema.extend({ ...common, ...energy }),
]);

/** A stored ledger entry. */
export type Investment = z.infer<typeof investmentSchema>;
