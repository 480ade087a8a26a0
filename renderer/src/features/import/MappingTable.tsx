import {
  IMPORT_FIELDS,
  isImportTarget,
  type ColumnTarget,
} from '../../../../shared/files/tabular/import-fields';
import type { TableSummary } from '../../workers/import-messages';

interface MappingTableProps {
  table: TableSummary;
  onChange: (mapping: ColumnTarget[]) => void;
}

const partnerFields = IMPORT_FIELDS.filter((f) => f.group === 'partner');
const contactFields = IMPORT_FIELDS.filter((f) => f.group === 'contact');

/** Each column of the file, a few of its values, and the field it goes to (which can be changed). */
export function MappingTable({ table, onChange }: MappingTableProps) {
  const samples = (column: number) =>
    table.preview
      .map((row) => row.cells[column] ?? '')
      .filter((cell) => cell.trim() !== '')
      .slice(0, 3);
  return (
    <table className="simple-table mapping-table" aria-label="Column mapping">
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Example values</th>
          <th scope="col">Imported as</th>
        </tr>
      </thead>
      <tbody>
        {table.headers.map((header, index) => {
          const target = table.mapping[index] ?? 'ignore';
          const guessed = table.autoMapping[index] ?? 'ignore';
          return (
            <tr key={index}>
              <th scope="row">{header}</th>
              <td className="muted">{samples(index).join(' · ')}</td>
              <td>
                <select
                  aria-label={`Import “${header}” as`}
                  value={target}
                  onChange={(e) => {
                    const value = e.target.value;
                    const next: ColumnTarget = isImportTarget(value) ? value : 'ignore';
                    onChange(table.mapping.map((t, i) => (i === index ? next : t)));
                  }}
                >
                  <option value="ignore">Not imported</option>
                  <optgroup label="Partner">
                    {partnerFields.map((f) => (
                      <option key={f.target} value={f.target}>
                        {f.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Primary contact">
                    {contactFields.map((f) => (
                      <option key={f.target} value={f.target}>
                        {f.label}
                      </option>
                    ))}
                  </optgroup>
                </select>
                {target !== guessed ? <span className="badge">changed</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
