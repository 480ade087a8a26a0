import { useId, useState } from 'react';
import {
  BUILT_IN_METRIC_KEYS,
  BUILT_IN_METRICS,
  type CustomMetric,
} from '../../../../shared/domain/strategy/metric';
import { METRIC_INDICATOR_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { FormError } from '../../ui/FormError';
import { CustomMetricDialog } from './CustomMetricDialog';
import { undoThisChange } from '../undo/undo-actions';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; metric: CustomMetric };

/**
 * What each metric means: the built-in definitions behind a disclosure, and the user's own
 * metrics (name, unit, leading or lagging) with create, edit and delete. Deleting a metric keeps
 * its entries; the figures leave them out.
 */
export function MetricDefinitions({ custom }: { custom: readonly CustomMetric[] }) {
  const titleId = useId();
  const { metrics } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [error, setError] = useState<string | null>(null);
  const remove = async (metric: CustomMetric) => {
    try {
      const removed = await metrics.removeMetric(metric.id);
      setError(null);
      if (removed) {
        offerUndo({
          message: `Deleted the metric “${removed.name}”.`,
          undo: undoThisChange(),
        });
      }
    } catch {
      setError('The metric could not be deleted. Nothing was changed.');
    }
  };
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <div className="perf-card-header">
        <h3 id={titleId}>Metrics</h3>
        <button type="button" onClick={() => setEditing({ mode: 'new' })}>
          New metric
        </button>
      </div>
      <details>
        <summary>What the built-in metrics mean</summary>
        <dl className="metric-definitions">
          {BUILT_IN_METRIC_KEYS.map((key) => {
            const metric = BUILT_IN_METRICS[key];
            return (
              <div key={key}>
                <dt>
                  {metric.name}{' '}
                  <span className="muted">({METRIC_INDICATOR_LABELS[metric.indicator]})</span>
                </dt>
                <dd>{metric.definition}</dd>
              </div>
            );
          })}
        </dl>
      </details>
      <FormError message={error} />
      {custom.length === 0 ? (
        <p className="muted">No metrics of your own yet.</p>
      ) : (
        <ul className="custom-metrics" aria-label="Your metrics">
          {custom.map((metric) => (
            <li key={metric.id}>
              <span>
                <strong>{metric.name}</strong>{' '}
                <span className="muted">
                  {metric.unitLabel ?? metric.unit} · {METRIC_INDICATOR_LABELS[metric.indicator]}
                </span>
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={`Edit ${metric.name}`}
                onClick={() => setEditing({ mode: 'edit', metric })}
              >
                Edit
              </button>
              <button
                type="button"
                className="link-button danger"
                aria-label={`Delete ${metric.name}`}
                onClick={() => void remove(metric)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing.mode !== 'closed' ? (
        <CustomMetricDialog
          metric={editing.mode === 'edit' ? editing.metric : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      ) : null}
    </section>
  );
}
