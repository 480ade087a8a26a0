import { formatMeasureValue, type MeasureUnit } from '../../../../shared/domain/strategy/measure';
import type { ObjectiveProgress } from '../../../../shared/domain/strategy/objective-progress';
import { OBJECTIVE_STATE_LABELS } from '../../../../shared/domain/strategy/strategy-labels';

/** How an objective's progress reads in words: "€120,000.00 of €400,000.00 (30%), behind". */
export function progressText(progress: ObjectiveProgress, unit: MeasureUnit): string {
  const state = OBJECTIVE_STATE_LABELS[progress.state];
  if (progress.state === 'no-target') return state;
  const share =
    progress.share.value === undefined ? '' : ` (${Math.round(progress.share.value * 100)}%)`;
  const actual = formatMeasureValue(progress.actual, unit);
  return `${actual} of ${formatMeasureValue(progress.target, unit)}${share} · ${state}`;
}

/**
 * An objective's progress as a bar and the same in words. The bar stops at 100% while the words
 * say how far past the target it went; colour follows the state and is never its only sign.
 */
export function ProgressBar({
  progress,
  unit,
  label,
}: {
  progress: ObjectiveProgress;
  unit: MeasureUnit;
  label: string;
}) {
  const percent = progress.share.value === undefined ? 0 : Math.round(progress.share.value * 100);
  const text = progressText(progress, unit);
  return (
    <div className="progress">
      <div
        className={`progress-track state-${progress.state}`}
        role="progressbar"
        aria-label={`Progress: ${label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.max(0, percent))}
        aria-valuetext={text}
      >
        <span
          className="progress-fill"
          style={{ width: `${Math.min(100, Math.max(0, percent))}%` }}
        />
      </div>
      <span className="progress-text">{text}</span>
    </div>
  );
}
