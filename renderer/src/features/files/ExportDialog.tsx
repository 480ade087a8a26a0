import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import type { SheetFormat } from '../../workers/export-messages';

/** What the user chose to export. */
export type ExportChoice =
  { kind: 'partnerbook' } | { kind: 'sheets'; format: SheetFormat; bom: boolean };

const CHOICES = [
  {
    value: 'partnerbook',
    label: 'Workbook file (.partnerbook)',
    hint: 'Everything, with the full positioning history: for colleagues who use Partner Workbook, and for backups.',
  },
  {
    value: 'xlsx',
    label: 'Excel workbook (.xlsx)',
    hint: 'One sheet per table, for Excel, Numbers or LibreOffice.',
  },
  {
    value: 'csv-zip',
    label: 'CSV files (.zip)',
    hint: 'One CSV file per table, UTF-8, for other tools and CRMs.',
  },
] as const;

/** Chooses the export format. */
export function ExportDialog({
  onExport,
  onClose,
}: {
  onExport: (choice: ExportChoice) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState<(typeof CHOICES)[number]['value']>('partnerbook');
  const [bom, setBom] = useState(true);
  return (
    <Dialog title="Export the workbook" onClose={onClose}>
      <fieldset className="export-choices">
        <legend>Format</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} className="export-choice">
            <input
              type="radio"
              name="export-format"
              checked={value === choice.value}
              onChange={() => setValue(choice.value)}
            />
            <span>
              <strong>{choice.label}</strong>
              <span className="muted"> {choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {value === 'csv-zip' ? (
        <label className="check-row">
          <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
          Add the byte-order mark Excel needs to read accented letters
        </label>
      ) : null}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            onExport(
              value === 'partnerbook'
                ? { kind: 'partnerbook' }
                : { kind: 'sheets', format: value, bom },
            )
          }
        >
          Export
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
