import { useMemo, useState } from 'react';
import { healthBand } from '../../../../shared/domain/labels';
import { formatMoney } from '../../../../shared/domain/strategy/money';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import { DEFAULT_CURRENCY } from '../../../../shared/domain/strategy/strategy-settings';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { applyScorecard, type ScoredRow } from '../../../../shared/domain/templates/scorecard';
import { SCORECARD_METRIC_INFO } from '../../../../shared/domain/templates/scorecard-metrics';
import { scorecardBodySchema, type TemplateOf } from '../../../../shared/domain/templates/template';
import { useUiActions } from '../../state/ui-selectors';
import { usePartnerName } from '../positioning/use-positioning';
import { useStrategySettings } from '../settings/use-strategy-settings';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { fromDrafts, toDraft, type RowDraft } from './scorecard-rows';
import { useLibraryTemplate, useScorecardData } from './use-templates';
import './templates.css';

interface ScorecardViewProps {
  templateId: string;
  partnerId: string;
  start: string;
  end: string;
}

/** A scorecard template applied to a partner and period, once the template is read. */
export function ScorecardView(props: ScorecardViewProps) {
  const template = useLibraryTemplate(props.templateId);
  if (template === undefined) return <p className="muted loading">Opening the scorecard…</p>;
  if (template?.kind !== 'scorecard')
    return <p className="muted">This scorecard template no longer exists.</p>;
  return <ScorecardTable {...props} template={template} />;
}

type ScorecardTemplate = TemplateOf<'scorecard'> & LibraryTemplate;

// An actual as people read it.
function actualText(row: ScoredRow, currency: string): string {
  const { value } = row.actual;
  if (value === undefined) return 'No closed deals';
  switch (SCORECARD_METRIC_INFO[row.metric].unit) {
    case 'money':
      return formatMoney({ amountMinor: value, currency });
    case 'percent':
      return `${Math.round(value)}%`;
    case 'count':
      return String(value);
  }
}

function ScorecardTable(props: ScorecardViewProps & { template: ScorecardTemplate }) {
  const { template, partnerId, start, end } = props;
  const { openView } = useUiActions();
  const workbookCurrency = useStrategySettings()?.currency ?? DEFAULT_CURRENCY;
  const currency = template.body.currency ?? workbookCurrency;
  const partnerName = usePartnerName(partnerId) ?? '…';
  const period = { start, end };
  const data = useScorecardData(partnerId, period);
  const [drafts, setDrafts] = useState<RowDraft[]>(() =>
    template.body.rows.map((row) => toDraft(row, currency)),
  );
  const [saving, setSaving] = useState(false);
  const body = useMemo(
    () =>
      scorecardBodySchema.safeParse({
        currency: template.body.currency,
        rows: fromDrafts(drafts, currency),
      }),
    [drafts, currency, template.body.currency],
  );
  const result =
    body.success && data ? applyScorecard(body.data, data, period, workbookCurrency) : undefined;
  const problem = body.success ? undefined : body.error.issues[0]?.message;
  const set = (index: number, change: Partial<RowDraft>) =>
    setDrafts(drafts.map((draft, at) => (at === index ? { ...draft, ...change } : draft)));
  const score = result?.score.value;
  return (
    <section className="scorecard-screen" aria-labelledby="scorecard-heading">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'templates' })}
        >
          Templates
        </button>
      </nav>
      <h2 id="scorecard-heading">
        {template.name}: {partnerName}, {periodLabel(period)}
      </h2>
      <p className={`scorecard-score band-${healthBand(score) ?? 'none'}`} role="status">
        {score === undefined ? (problem ?? 'No row could be scored.') : `Score ${score} of 100`}
        {result && result.scoredWeight < 100 && score !== undefined
          ? ` (from ${result.scoredWeight} of 100 weight; rows without a figure left out)`
          : ''}
      </p>
      <table className="scorecard-table" aria-label="Scorecard">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Target{` (${currency} for money)`}</th>
            <th scope="col" className="number">
              Actual
            </th>
            <th scope="col" className="number">
              Attainment
            </th>
            <th scope="col">Weight</th>
            <th scope="col" className="number">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((draft, index) => {
            const info = SCORECARD_METRIC_INFO[draft.metric];
            const row = result?.rows[index];
            return (
              <tr key={draft.metric}>
                <th scope="row" title={info.definition}>
                  {info.name}
                </th>
                <td>
                  <input
                    aria-label={`${info.name} target`}
                    inputMode="decimal"
                    value={draft.target}
                    onChange={(e) => set(index, { target: e.target.value })}
                  />
                </td>
                <td className="number">{row ? actualText(row, currency) : '…'}</td>
                <td className="number">
                  {row?.attainment === undefined ? '—' : `${Math.round(row.attainment * 100)}%`}
                </td>
                <td>
                  <input
                    aria-label={`${info.name} weight`}
                    inputMode="numeric"
                    value={draft.weight}
                    onChange={(e) => set(index, { weight: e.target.value })}
                  />
                </td>
                <td className="number">
                  {row?.points === undefined ? '—' : row.points.toFixed(1)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="screen-actions">
        <button type="button" onClick={() => setSaving(true)}>
          Save as template
        </button>
      </div>
      {saving ? (
        <SaveTemplateDialog
          what="the scorecard"
          initialName={template.builtIn ? '' : template.name}
          content={(name, description) => ({
            kind: 'scorecard',
            name,
            description,
            body: { currency: template.body.currency, rows: fromDrafts(drafts, currency) },
          })}
          onClose={() => setSaving(false)}
        />
      ) : null}
    </section>
  );
}
