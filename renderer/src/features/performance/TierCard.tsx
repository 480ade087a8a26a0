import { useId, useState } from 'react';
import { TIER_LABELS } from '../../../../shared/domain/labels';
import type { PartnerTier } from '../../../../shared/domain/partner';
import { TIER_COMPARISON_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import type {
  RequirementCheck,
  TierCheck,
} from '../../../../shared/domain/strategy/tier-suggestion';
import { FormError } from '../../ui/FormError';
import { moneyText } from './figure-text';
import type { TierStanding } from './performance-figures';

const REVENUE_NAMES = { 'sourced-revenue': 'Sourced', 'influenced-revenue': 'Influenced' };

/** A requirement and how the partner stands against it, in words. */
export function requirementText(check: RequirementCheck, currency: string): string {
  const { requirement, met, actual } = check;
  const verdict = met ? 'Met' : 'Not met';
  if (requirement.kind === 'health-score') {
    const now = actual === undefined ? 'no score yet' : `now ${actual}`;
    return `${verdict}: health score at least ${requirement.minScore} (${now})`;
  }
  const min = moneyText(requirement.minAnnual.amountMinor, requirement.minAnnual.currency);
  const now =
    actual === undefined
      ? `the requirement is in ${requirement.minAnnual.currency}, not ${currency}`
      : `now ${moneyText(actual, currency)}`;
  return `${verdict}: ${REVENUE_NAMES[requirement.basis]} revenue over 12 months at least ${min} (${now})`;
}

function Requirements({ check, currency }: { check: TierCheck; currency: string }) {
  if (check.requirements.length === 0) return <p className="muted">Open to every partner.</p>;
  return (
    <ul className="requirements">
      {check.requirements.map((item, index) => (
        <li key={index} className={item.met ? 'met' : 'unmet'}>
          {requirementText(item, currency)}
        </li>
      ))}
    </ul>
  );
}

function currentName(standing: TierStanding): string {
  if (standing.current) return standing.current.name;
  const slot: PartnerTier = standing.currentSlot;
  return slot === 'none' ? TIER_LABELS.none : `${TIER_LABELS[slot]} (not in the programme)`;
}

// Why the suggestion differs: what the suggested tier asks (all met), or what the current misses.
function reasonCheck(standing: TierStanding): TierCheck | undefined {
  const { checks, suggested } = standing.suggestion;
  const slot = standing.comparison === 'suggest-higher' ? suggested?.slot : standing.current?.slot;
  return checks.find((check) => check.tier.slot === slot);
}

/**
 * The partner's tier against the programme: the suggestion, the current tier, and when they
 * differ, the requirements that decide it and (where allowed) the action to apply it.
 */
export function TierCard({
  standing,
  currency,
  onApply,
}: {
  standing: TierStanding | undefined;
  currency: string;
  /** Applies a tier slot; absent where the partner's form is open beside it. */
  onApply?: ((slot: PartnerTier) => Promise<string | null>) | undefined;
}) {
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (standing === undefined) {
    return (
      <section className="perf-card" aria-labelledby={titleId}>
        <h3 id={titleId}>Tier</h3>
        <p className="muted">
          No tier programme yet. Once tiers and their entry rules are set in the workbook’s
          settings, the app suggests a tier here.
        </p>
      </section>
    );
  }
  const { suggested, checks } = standing.suggestion;
  const reason = reasonCheck(standing);
  const apply = async (slot: PartnerTier) => {
    setBusy(true);
    setError(await (onApply?.(slot) ?? Promise.resolve(null)));
    setBusy(false);
  };
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Tier</h3>
      <dl className="perf-facts">
        <dt>Current tier</dt>
        <dd>{currentName(standing)}</dd>
        <dt>Suggested tier</dt>
        <dd>{suggested?.name ?? 'None: no tier’s requirements are all met'}</dd>
      </dl>
      <p className={`tier-comparison tier-${standing.comparison}`}>
        {TIER_COMPARISON_LABELS[standing.comparison]}
      </p>
      {standing.comparison !== 'matches' && reason ? (
        <>
          <p>
            {standing.comparison === 'suggest-higher'
              ? `Why ${reason.tier.name}:`
              : `Why not ${reason.tier.name}:`}
          </p>
          <Requirements check={reason} currency={currency} />
        </>
      ) : null}
      {standing.comparison !== 'matches' && suggested ? (
        onApply ? (
          <div className="panel-actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void apply(suggested.slot)}
            >
              Apply suggested tier ({suggested.name})
            </button>
            <FormError message={error} />
          </div>
        ) : (
          <p className="muted">Open the performance view to apply the suggested tier.</p>
        )
      ) : null}
      <details>
        <summary>Every tier’s requirements</summary>
        {checks.map((check) => (
          <div key={check.tier.slot}>
            <h4>
              {check.tier.name} {check.met ? '(all met)' : '(not all met)'}
            </h4>
            <Requirements check={check} currency={currency} />
          </div>
        ))}
      </details>
    </section>
  );
}
