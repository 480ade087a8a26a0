import type { RowProblem } from '../../../../shared/files/tabular/raw-table';

/** Problems found in the file, each with the row and column a spreadsheet would show. */
export function ProblemList({
  problems,
  total,
}: {
  problems: readonly RowProblem[];
  total: number;
}) {
  if (total === 0) return null;
  return (
    <section className="import-problems" aria-labelledby="import-problems-title">
      <h3 id="import-problems-title">
        {total.toLocaleString()} problem{total === 1 ? '' : 's'} in the file
      </h3>
      <table className="simple-table" aria-label="Problems">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">What is wrong</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td className="num">{problem.row}</td>
              <td>{problem.column || '—'}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > problems.length ? (
        <p className="muted">
          The first {problems.length.toLocaleString()} are listed; fix them in the file or skip the
          rows with problems.
        </p>
      ) : null}
    </section>
  );
}
