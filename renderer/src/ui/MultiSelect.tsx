import { useId, useRef } from 'react';

interface MultiSelectProps<T extends string> {
  label: string;
  options: readonly T[];
  optionLabel: (value: T) => string;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

/**
 * A filter button that opens a checkbox list. Built on the native popover attribute, which gives
 * light dismiss, Escape to close and top-layer stacking without a library.
 */
export function MultiSelect<T extends string>(props: MultiSelectProps<T>) {
  const { label, options, optionLabel, selected, onChange } = props;
  const popoverId = useId();
  const popoverRef = useRef<HTMLDivElement>(null);
  const summary =
    selected.length === 0
      ? 'Any'
      : selected.length === 1
        ? optionLabel(selected[0] as T)
        : `${selected.length} selected`;
  const toggle = (value: T, checked: boolean) => {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <div className="multi-select">
      <button
        type="button"
        className={selected.length > 0 ? 'filter-button active' : 'filter-button'}
        popoverTarget={popoverId}
        aria-haspopup="true"
      >
        {label}: {summary}
      </button>
      <div
        id={popoverId}
        ref={popoverRef}
        popover="auto"
        className="popover"
        role="group"
        aria-label={`${label} filter`}
      >
        {options.length === 0 ? <p className="muted">Nothing to filter on yet.</p> : null}
        {options.map((value) => (
          <label key={value} className="check-row">
            <input
              type="checkbox"
              checked={selected.includes(value)}
              onChange={(event) => toggle(value, event.target.checked)}
            />
            {optionLabel(value)}
          </label>
        ))}
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear {label.toLowerCase()} filter
          </button>
        ) : null}
      </div>
    </div>
  );
}
