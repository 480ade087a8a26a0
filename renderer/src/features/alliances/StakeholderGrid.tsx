import { useId, useMemo } from 'react';
import { INFLUENCE_LABELS, STANCE_LABELS } from '../../../../shared/domain/people/people-labels';
import {
  STANCES,
  stakeholderGrid,
  type Stakeholder,
} from '../../../../shared/domain/people/stakeholder';
import { opponentsSummary } from './stakeholder-rows';

/**
 * The stakeholder map as a grid of influence (rows, high to low) against stance (columns,
 * champion to blocker). The high-influence skeptic and blocker cells are the ones to work on:
 * they carry a pattern, a border and the words "Win over", never colour alone, and a sentence
 * above the grid names who is in them. Choosing a person focuses them in the table.
 */
export function StakeholderGrid({
  stakeholders,
  onChoose,
}: {
  stakeholders: readonly Stakeholder[];
  onChoose: (stakeholder: Stakeholder) => void;
}) {
  const titleId = useId();
  const grid = useMemo(() => stakeholderGrid(stakeholders), [stakeholders]);
  const opponents = grid.influentialOpponents;
  return (
    <section className="alliance-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Influence and stance</h3>
      <p className={opponents.length > 0 ? 'opponents-summary has-opponents' : 'opponents-summary'}>
        {opponents.length > 0 ? <span aria-hidden="true">⚑ </span> : null}
        {opponentsSummary(opponents)}
      </p>
      <table className="stakeholder-grid">
        <caption className="visually-hidden">Stakeholders by influence and stance</caption>
        <thead>
          <tr>
            <td />
            {STANCES.map((stance) => (
              <th key={stance} scope="col">
                {STANCE_LABELS[stance]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.influence}>
              <th scope="row">{INFLUENCE_LABELS[row.influence]}</th>
              {row.cells.map((cell) => (
                <td key={cell.stance} className={cell.flagged ? 'grid-cell flagged' : 'grid-cell'}>
                  {cell.flagged ? (
                    <span className="flag-label">
                      <span aria-hidden="true">⚑</span> Win over
                    </span>
                  ) : null}
                  {cell.stakeholders.length === 0 ? (
                    <span className="visually-hidden">Nobody</span>
                  ) : (
                    <ul className="grid-people">
                      {cell.stakeholders.map((person) => (
                        <li key={person.id}>
                          <button
                            type="button"
                            className="grid-person"
                            onClick={() => onChoose(person)}
                          >
                            {person.name}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
