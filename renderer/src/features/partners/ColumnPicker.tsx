import { useId } from 'react';
import type { PartnerSortColumn } from '../../../../shared/domain/partner-query';
import { COLUMN_LABELS } from './partner-columns';

interface ColumnPickerProps {
  hidden: readonly string[];
  onToggle: (column: string, hidden: boolean) => void;
}

const HIDEABLE = (Object.keys(COLUMN_LABELS) as PartnerSortColumn[]).filter((c) => c !== 'name');

/** Shows or hides table columns; the name column always stays. */
export function ColumnPicker({ hidden, onToggle }: ColumnPickerProps) {
  const popoverId = useId();
  return (
    <div className="multi-select">
      <button
        type="button"
        className="filter-button"
        popoverTarget={popoverId}
        aria-haspopup="true"
      >
        Columns
      </button>
      <div
        id={popoverId}
        popover="auto"
        className="popover"
        role="group"
        aria-label="Visible columns"
      >
        {HIDEABLE.map((column) => (
          <label key={column} className="check-row">
            <input
              type="checkbox"
              checked={!hidden.includes(column)}
              onChange={(event) => onToggle(column, !event.target.checked)}
            />
            {COLUMN_LABELS[column]}
          </label>
        ))}
      </div>
    </div>
  );
}
