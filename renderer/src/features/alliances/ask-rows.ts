import {
  asksToFollowUp,
  type Ask,
  type AskFlag,
  type AskStatus,
} from '../../../../shared/domain/people/ask';
import { compareTexts } from '../../../../shared/domain/sort-key';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import { countOf } from '../../ui/format';

/**
 * The asks table's rows: each ask with its colleague's and partner's names and, when it needs
 * following up, why. The "Declined and stalled" view lists only those, longest-waiting stalled
 * asks first (the shared asksToFollowUp decides both); other views list the latest asks first.
 */

/** Which asks the table lists. */
export type AskView = { kind: 'status'; status: AskStatus | 'all' } | { kind: 'follow-up' };

/** An ask as the table shows it. */
export interface AskRow {
  ask: Ask;
  stakeholderName: string;
  /** Undefined when the ask names no partner. */
  partnerName: string | undefined;
  /** Why it needs following up, if it does. */
  flag: AskFlag | undefined;
  /** For a stalled ask, the days since it was asked. */
  daysWaiting: number | undefined;
}

// Latest asked first; never asked (planned) after, by what is asked.
function latestFirst(a: Ask, b: Ask): number {
  if (a.askedAt !== b.askedAt) {
    if (a.askedAt === undefined) return 1;
    if (b.askedAt === undefined) return -1;
    return a.askedAt < b.askedAt ? 1 : -1;
  }
  return compareTexts(a.what, b.what);
}

/** The rows a view lists, as of `today`. */
export function askRows(
  asks: readonly Ask[],
  view: AskView,
  names: {
    stakeholder: (id: string) => string | undefined;
    partner: (id: string) => string | undefined;
  },
  today: IsoDate,
): AskRow[] {
  const flags = new Map(asksToFollowUp(asks, today).map((f) => [f.ask.id, f]));
  const listed =
    view.kind === 'follow-up'
      ? [...flags.values()].map((f) => f.ask)
      : asks.filter((ask) => view.status === 'all' || ask.status === view.status).sort(latestFirst);
  return listed.map((ask) => {
    const flagged = flags.get(ask.id);
    return {
      ask,
      stakeholderName: names.stakeholder(ask.stakeholderId) ?? 'Unknown colleague',
      partnerName:
        ask.partnerId === undefined
          ? undefined
          : (names.partner(ask.partnerId) ?? 'Deleted partner'),
      flag: flagged?.flag,
      daysWaiting: flagged?.daysWaiting,
    };
  });
}

/** How a stalled ask's wait reads: "Stalled: asked 59 days ago". */
export function stalledText(daysWaiting: number): string {
  return `Stalled: asked ${countOf(daysWaiting, 'day')} ago`;
}
