import { FormError } from '../../ui/FormError';
import './import.css';
import { useEffect, useId, useState } from 'react';
import type { OnMatch } from '../../../../shared/files/tabular/match';
import { useUiActions } from '../../state/ui-selectors';
import { countOf } from '../../ui/format';
import type { TableSummary } from '../../workers/import-messages';
import { ImportOptions } from './ImportOptions';
import { ImportProgress } from './ImportProgress';
import { MappingTable } from './MappingTable';
import { PlanReview } from './PlanReview';
import { ProblemList } from './ProblemList';
import { useImport } from './use-import';

/** A file handed to the wizard from elsewhere (dropped on the window, or opened by the system). */
export interface IncomingFile {
  name: string;
  data: Blob;
}

/**
 * Imports a partner list from a CRM's CSV or Excel export: read the file in a worker, check and
 * correct the column mapping, see every problem and what would be created or updated, then
 * write it all in one transaction — or cancel, leaving the workbook as it was.
 */
export function ImportWizard({ initialFile }: { initialFile?: IncomingFile | undefined }) {
  const { state, progress, read, remap, check, apply, cancel } = useImport();
  const { openView } = useUiActions();
  const inputId = useId();
  const [onMatch, setOnMatch] = useState<OnMatch>('update');
  const [skipProblems, setSkipProblems] = useState(false);
  useEffect(() => {
    if (initialFile) void read(initialFile.data, initialFile.name);
  }, [initialFile, read]);

  return (
    <section className="import-screen" aria-labelledby="import-title">
      <div className="screen-toolbar">
        <h2 id="import-title">
          {state.step === 'review' || state.step === 'writing' || state.step === 'done'
            ? `Import partners from “${state.table.fileName}”`
            : 'Import partners'}
        </h2>
        <div className="spacer" />
        <button type="button" onClick={() => openView({ name: 'partners' })}>
          {state.step === 'done' ? 'Show partners' : 'Close'}
        </button>
      </div>
      {state.step === 'choose' || state.step === 'cancelled' ? (
        <div className="import-choose">
          {state.step === 'cancelled' ? (
            <p role="status">The import was cancelled; the workbook was not changed.</p>
          ) : null}
          <FormError message={state.step === 'choose' ? state.error : undefined} />
          <p>
            Choose a CSV or Excel file exported from your CRM (a Salesforce accounts report, a
            HubSpot companies export, or any list with a header row). Nothing is written until you
            confirm.
          </p>
          <label htmlFor={inputId} className="file-pick">
            Choose a CSV or Excel file
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file, file.name);
              e.target.value = '';
            }}
          />
        </div>
      ) : state.step === 'reading' ? (
        <ImportProgress
          progress={progress}
          fallback={`Reading “${state.fileName}”`}
          onCancel={cancel}
        />
      ) : state.step === 'done' ? (
        <div className="import-done" role="status">
          <p>
            Imported: {state.result.created.toLocaleString()} created,{' '}
            {state.result.updated.toLocaleString()} updated
            {state.result.unchanged > 0
              ? `, ${state.result.unchanged.toLocaleString()} already up to date`
              : ''}
            .
          </p>
          {state.result.created + state.result.updated > 0 ? (
            <p>
              {state.result.notUndoable === undefined
                ? 'Undo (Ctrl+Z, ⌘Z on a Mac) takes the whole import back.'
                : `This import can’t be undone: ${state.result.notUndoable}.`}
            </p>
          ) : null}
        </div>
      ) : (
        <>
          <TableFacts table={state.table} />
          <FormError message={state.step === 'review' ? state.error : undefined} />
          <MappingTable table={state.table} onChange={(mapping) => void remap(mapping)} />
          {state.table.mappingErrors.length > 0 ? (
            <ul className="form-error" role="alert">
              {state.table.mappingErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          ) : null}
          <ProblemList problems={state.table.problems} total={state.table.problemCount} />
          <ImportOptions
            onMatch={onMatch}
            skipProblems={skipProblems}
            hasProblems={state.table.problemRowCount > 0}
            onChange={(next) => {
              setOnMatch(next.onMatch);
              setSkipProblems(next.skipProblems);
              void check(state.table, {
                onMatch: next.onMatch,
                skipRowsWithProblems: next.skipProblems,
              });
            }}
          />
          {state.step === 'writing' ? (
            <ImportProgress
              progress={progress}
              fallback="Writing to the workbook"
              onCancel={cancel}
            />
          ) : (
            <PlanReview
              plan={state.plan}
              disabled={state.table.mappingErrors.length > 0}
              onCheck={() =>
                void check(state.table, { onMatch, skipRowsWithProblems: skipProblems })
              }
              onImport={(plan) => void apply(state.table, plan)}
              onCancel={cancel}
            />
          )}
        </>
      )}
    </section>
  );
}

function TableFacts({ table }: { table: TableSummary }) {
  const source =
    table.format === 'xlsx'
      ? `Excel sheet “${table.sheet ?? ''}”`
      : `CSV, ${table.encoding ?? 'UTF-8'}, separated by ${delimiterName(table.delimiter)}`;
  return (
    <div className="import-facts">
      <p>
        {source}: {countOf(table.rowCount, 'row')}, {table.validCount.toLocaleString()} read
        cleanly, {table.problemRowCount.toLocaleString()} with problems.
      </p>
      {table.notices.map((notice) => (
        <p key={notice} className="muted">
          {notice}
        </p>
      ))}
    </div>
  );
}

function delimiterName(delimiter: string | undefined): string {
  if (delimiter === ';') return 'semicolons';
  if (delimiter === '\t') return 'tabs';
  return 'commas';
}
