/**
 * The shape of the hand-written sample portfolio: partners with their contacts and activities,
 * dated in days before "now" so that the sample always looks current when it is created.
 * The company behind it sells Quillmetric, a fictional revenue-analytics platform (forecasting,
 * pipeline analytics and revenue attribution) with Registered, Silver, Gold and Platinum tiers.
 */
import type { Activity } from '../domain/activity';
import type { LifecycleStage, PartnerTier, PartnerType } from '../domain/partner';
import type { Region } from './word-lists';

/** The partner managers on our side who own the sample accounts. */
export const SAMPLE_OWNERS = {
  maya: 'Maya Okafor',
  daniel: 'Daniel Whitlock',
  priya: 'Priya Raman',
  tomas: 'Tomás Herrera',
} as const;

/** A person at a sample partner; the email address is derived from the name and partner domain. */
export interface SampleContactSpec {
  /** Full name. */
  readonly name: string;
  /** Their role at the partner. */
  readonly role: string;
  /** International phone number. */
  readonly phone: string;
  /** A partner manager's note about them, if any. */
  readonly notes?: string;
}

/** One dated activity with a sample partner. */
export interface SampleActivitySpec {
  /** Whole days before now. */
  readonly daysAgo: number;
  /** Who started it. */
  readonly direction: Activity['direction'];
  /** Partner development or sales. */
  readonly purpose: Activity['purpose'];
  /** What happened, as a partner manager would log it. */
  readonly title: string;
  /** Details, if any. */
  readonly notes?: string;
}

/** One hand-written sample partner. */
export interface SamplePartnerSpec {
  /** Company name (fictional). */
  readonly name: string;
  /** Kinds of partnership, main one first. */
  readonly types: readonly PartnerType[];
  /** Lifecycle stage. */
  readonly stage: LifecycleStage;
  /** Programme tier. */
  readonly tier: PartnerTier;
  /** Region covered. */
  readonly region: Region;
  /** Vertical focus. */
  readonly industry: string;
  /** Our partner manager. */
  readonly owner: string;
  /** Web domain under the reserved .example top-level domain; emails use it too. */
  readonly domain: string;
  /** Health score 0–100, absent where it is too early to score. */
  readonly healthScore?: number;
  /** Whole days before now that the partner was added to the workbook. */
  readonly createdDaysAgo: number;
  /** Tags. */
  readonly tags: readonly string[];
  /** The partner manager's notes. */
  readonly notes: string;
  /** People at the partner, primary contact first. */
  readonly contacts: readonly SampleContactSpec[];
  /** Activities, most recent first. */
  readonly activities: readonly SampleActivitySpec[];
}

/** Shorthand for a sample contact. */
export function contact(
  name: string,
  role: string,
  phone: string,
  notes?: string,
): SampleContactSpec {
  return notes === undefined ? { name, role, phone } : { name, role, phone, notes };
}

/** Shorthand for a sample activity. */
export function activity(
  daysAgo: number,
  direction: SampleActivitySpec['direction'],
  purpose: SampleActivitySpec['purpose'],
  title: string,
  notes?: string,
): SampleActivitySpec {
  const base = { daysAgo, direction, purpose, title };
  return notes === undefined ? base : { ...base, notes };
}
