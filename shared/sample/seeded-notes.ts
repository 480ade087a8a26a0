/**
 * Notes for generated partners: one sentence on who the partner is (by its main type) and one on
 * where the partnership stands (by stage), filled with numbers, months and names from the
 * generator so that thousands of notes read differently while staying plausible.
 */
import type { LifecycleStage, PartnerType } from '../domain/partner';
import type { Rng } from '../util/prng';
import { nextInt, pick } from '../util/prng';
import { MONTHS } from './word-lists';

/** What a note template may mention about the partner it describes. */
export interface NoteContext {
  /** The partner's own generator, so that notes stay deterministic. */
  readonly rng: Rng;
  /** Home city. */
  readonly city: string;
  /** Vertical focus, as written in the industry field. */
  readonly industry: string;
  /** Region covered. */
  readonly region: string;
  /** First name of a person at the partner, for notes about champions. */
  readonly personName: string;
  /** The month the workbook is generated in, 0 for January. */
  readonly nowMonth: number;
}

type Template = (c: NoteContext) => string;

const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** The name of a month from `from` to `to` months after the generation date (negative: before). */
function monthAround(c: NoteContext, from: number, to: number): string {
  const index = (((c.nowMonth + nextInt(c.rng, from, to)) % 12) + 12) % 12;
  const name = MONTHS[index];
  if (name === undefined) throw new RangeError(`No month at index ${index}.`);
  return name;
}

// Who the partner is, written so that it holds at any stage of the relationship.
const PROFILES: Readonly<Record<PartnerType, readonly Template[]>> = {
  reseller: [
    (c) =>
      `${c.city} reseller for ${lower(c.industry)} mid-market accounts, ${nextInt(c.rng, 3, 40)} sales reps.`,
    (c) => `VAR selling ${lower(c.industry)} software and services around ${c.city}.`,
  ],
  referral: [
    (c) => `Referral partner with a strong ${lower(c.industry)} network around ${c.city}.`,
    (c) => `Advisory firm in ${c.city}, close to ${lower(c.industry)} revenue leaders.`,
  ],
  'system-integrator': [
    (c) =>
      `${c.city} consultancy, ${nextInt(c.rng, 8, 120)} consultants, RevOps practice for ${lower(c.industry)}.`,
    (c) => `SI in ${c.city}; strongest in ${lower(c.industry)} CRM and data migrations.`,
  ],
  technology: [
    (c) => `${c.city} ISV with a ${lower(c.industry)} platform and an open API.`,
    (c) => `Software company whose ${lower(c.industry)} product sits next to ours.`,
  ],
  msp: [
    (c) =>
      `MSP running IT for about ${nextInt(c.rng, 10, 90)} ${lower(c.industry)} clients from ${c.city}.`,
    (c) => `Managed service provider in ${c.city} with a ${lower(c.industry)} client base.`,
  ],
  agency: [
    (c) => `${c.city} growth agency with ${lower(c.industry)} clients on retainer.`,
    (c) => `Marketing agency in ${c.city} specialising in ${lower(c.industry)}.`,
  ],
  distributor: [
    (c) =>
      `Distributor covering ${c.region === 'Global' ? 'several regions' : c.region} with ${nextInt(c.rng, 20, 300)} sub-resellers, strongest in ${lower(c.industry)}.`,
    (c) => `${c.city} distributor with its own cloud marketplace; ${lower(c.industry)} focus.`,
  ],
  oem: [
    (c) =>
      `${c.city} vendor of ${lower(c.industry)} planning software, ${nextInt(c.rng, 2, 60)}k users.`,
    (c) => `Vendor whose ${lower(c.industry)} suite could embed our forecasting engine.`,
  ],
};

const STATUSES: Readonly<Record<LifecycleStage, readonly Template[]>> = {
  prospect: [
    (c) => `Met at a ${lower(c.industry)} event in ${monthAround(c, -3, 0)}; intro call pending.`,
    (c) => `Warm intro from ${c.personName}; fit looks good, sales capacity unknown.`,
  ],
  applicant: [
    (c) => `Application in since ${monthAround(c, -2, 0)}; checking references and sales capacity.`,
    (c) => `Applied via the partner page; asked ${c.personName} for last year's pipeline.`,
  ],
  onboarding: [
    (c) =>
      `Onboarding since ${monthAround(c, -4, -1)}: ${nextInt(c.rng, 1, 3)} of 4 enablement modules done.`,
    (c) => `Kickoff done; first deal registration expected before ${monthAround(c, 2, 4)}.`,
  ],
  active: [
    (c) =>
      `Registered ${nextInt(c.rng, 2, 12)} deals this half worth about $${nextInt(c.rng, 4, 60) * 10}k; QBR in ${monthAround(c, 0, 2)}.`,
    (c) =>
      `Steady co-sell with ${nextInt(c.rng, 2, 9)} joint wins this year; wants MDF for a webinar.`,
  ],
  growing: [
    (c) =>
      `Sourced pipeline up ${nextInt(c.rng, 20, 90)}% quarter on quarter; discussing the next tier.`,
    (c) =>
      `${nextInt(c.rng, 3, 14)} closed deals since ${monthAround(c, -9, -4)}; ${c.personName} wants a joint plan.`,
  ],
  'at-risk': [
    (c) =>
      `No deal registrations since ${monthAround(c, -8, -3)} and our champion has left; recovery plan drafted.`,
    (c) =>
      `Two escalations on delivery quality; health review with ${c.personName} in ${monthAround(c, 0, 1)}.`,
  ],
  exited: [
    (c) =>
      `Agreement ended in ${monthAround(c, -12, -3)} by mutual decision; customers moved to direct.`,
    (c) =>
      `Exited after ${nextInt(c.rng, 1, 3)} years with few deals; ${c.personName} open to return.`,
  ],
};

/** One or two sentences for a generated partner's notes. */
export function composeSeededNotes(
  c: NoteContext,
  primaryType: PartnerType,
  stage: LifecycleStage,
): string {
  const profile = pick(c.rng, PROFILES[primaryType])(c);
  return `${profile} ${pick(c.rng, STATUSES[stage])(c)}`;
}
