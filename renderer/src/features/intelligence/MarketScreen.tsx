import './intelligence.css';
import { useMemo, useState } from 'react';
import {
  COMPETITION_KINDS,
  isStale,
  marketWatch,
  TREND_IMPACTS,
  type CompetitionKind,
  type IntelligenceEntry,
  type TrendImpact,
} from '../../../../shared/domain/people/intelligence';
import {
  COMPETITION_KIND_LABELS,
  TREND_IMPACT_LABELS,
} from '../../../../shared/domain/people/people-labels';
import { FilterSelect } from '../../ui/FilterSelect';
import { countOf } from '../../ui/format';
import { todayIso } from '../plans/today';
import { CompetitionTable, TrendsByImpact } from './MarketTables';
import { useMarketEntries } from './use-intelligence';

interface MarketFilter {
  partnerId: string;
  kind: CompetitionKind | '';
  impact: TrendImpact | '';
  hideStale: boolean;
}

const NO_FILTER: MarketFilter = { partnerId: '', kind: '', impact: '', hideStale: false };

function keep(entry: IntelligenceEntry, filter: MarketFilter, today: string): boolean {
  if (filter.partnerId !== '' && entry.partnerId !== filter.partnerId) return false;
  if (filter.hideStale && isStale(entry, today)) return false;
  if (entry.section === 'competition')
    return filter.kind === '' || entry.competitionKind === filter.kind;
  if (entry.section === 'trends') return filter.impact === '' || entry.impact === filter.impact;
  return false;
}

/** Competition and trends across all partners: competitors with the partners they are seen at, trends by impact. */
export function MarketScreen() {
  const [today] = useState(todayIso);
  const loaded = useMarketEntries();
  const [filter, setFilter] = useState<MarketFilter>(NO_FILTER);
  const set = (patch: Partial<MarketFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const watch = useMemo(
    () =>
      loaded &&
      marketWatch(
        loaded.entries.filter((e) => keep(e, filter, today)),
        today,
      ),
    [loaded, filter, today],
  );
  const partnerChoices = useMemo(
    () =>
      [...(loaded?.partnerNames ?? new Map<string, string>())].sort((a, b) =>
        a[1].localeCompare(b[1]),
      ),
    [loaded],
  );
  return (
    <section className="market-screen" aria-labelledby="market-title">
      <div className="screen-toolbar">
        <h2 id="market-title">Market</h2>
        {watch ? (
          <p className="muted" role="status">
            {countOf(watch.competitors.length, 'competitor')} ·{' '}
            {countOf(watch.trends.length, 'trend')}
          </p>
        ) : null}
      </div>
      <div className="screen-toolbar" role="group" aria-label="Filters">
        <FilterSelect
          label="Partner"
          any="All partners"
          value={filter.partnerId}
          options={partnerChoices.map(([id, name]) => ({ value: id, label: name }))}
          onChange={(partnerId) => set({ partnerId })}
        />
        <FilterSelect
          label="Competition"
          any="Every kind"
          value={filter.kind}
          options={COMPETITION_KINDS.map((k) => ({ value: k, label: COMPETITION_KIND_LABELS[k] }))}
          onChange={(kind) => set({ kind: kind as CompetitionKind | '' })}
        />
        <FilterSelect
          label="Trend impact"
          any="Any impact"
          value={filter.impact}
          options={TREND_IMPACTS.map((i) => ({ value: i, label: TREND_IMPACT_LABELS[i] }))}
          onChange={(impact) => set({ impact: impact as TrendImpact | '' })}
        />
        <label className="check-row">
          <input
            type="checkbox"
            checked={filter.hideStale}
            onChange={(e) => set({ hideStale: e.target.checked })}
          />
          Hide stale entries
        </label>
      </div>
      {!loaded || !watch ? (
        <p className="muted">Loading…</p>
      ) : loaded.entries.length === 0 ? (
        <div className="empty-note">
          <p>No competition or trends recorded yet.</p>
          <p className="muted">
            Add them on a partner’s Intelligence tab; this screen gathers them across all partners.
          </p>
        </div>
      ) : (
        <div className="market-scroll">
          <CompetitionTable watch={watch} names={loaded.partnerNames} today={today} />
          <TrendsByImpact watch={watch} names={loaded.partnerNames} today={today} />
        </div>
      )}
    </section>
  );
}
