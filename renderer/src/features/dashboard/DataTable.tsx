import type { ExportCellValue, ExportSheet } from '../../../../shared/files/export/export-sheet';

/** Rows shown before the table says how many more there are (the CSV holds all of them). */
const SHOWN_ROWS = 200;

const cellText = (value: ExportCellValue): string =>
  value === null
    ? ''
    : typeof value === 'number'
      ? value.toLocaleString()
      : value instanceof Date
        ? value.toISOString()
        : String(value);

/** A chart's figures as a plain table, the same rows the CSV export writes. */
export function DataTable({ sheet, caption }: { sheet: ExportSheet; caption: string }) {
  const shown = sheet.rows.slice(0, SHOWN_ROWS);
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {sheet.columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={index}>
              {row.map((value, column) => (
                <td key={column} className={typeof value === 'number' ? 'num' : undefined}>
                  {cellText(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.rows.length > SHOWN_ROWS ? (
        <p className="muted">
          The first {SHOWN_ROWS} of {sheet.rows.length.toLocaleString()} rows; the CSV holds all.
        </p>
      ) : null}
    </div>
  );
}
