import { useId, useMemo, useState } from 'react';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { countOf } from '../../ui/format';
import { FormError } from '../../ui/FormError';
import { StakeholderDialog } from './StakeholderDialog';
import { sortStakeholderRows, stakeholderRows, type StakeholderSort } from './stakeholder-rows';
import { StakeholderTable } from './StakeholderTable';
import type { PartnerDirectory } from './use-alliances';
import { undoThisChange } from '../undo/undo-actions';

type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; stakeholder: Stakeholder };

/** The stakeholder map as a table, with add, edit and delete (their asks go along, with undo). */
export function StakeholdersSection({
  stakeholders,
  directory,
  today,
  focus,
  onFocus,
}: {
  stakeholders: readonly Stakeholder[];
  directory: PartnerDirectory;
  today: IsoDate;
  focus: { id: string } | undefined;
  onFocus: (id: string) => void;
}) {
  const titleId = useId();
  const { stakeholders: repo } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [sort, setSort] = useState<StakeholderSort>({ key: 'name', desc: false });
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [error, setError] = useState<string | null>(null);
  const rows = useMemo(
    () => sortStakeholderRows(stakeholderRows(stakeholders, directory.nameOf, today), sort),
    [stakeholders, directory.nameOf, today, sort],
  );
  const remove = async (stakeholder: Stakeholder) => {
    try {
      const removed = await repo.remove(stakeholder.id);
      setError(null);
      if (removed) {
        const asks = removed.asks.length;
        offerUndo({
          message:
            asks === 0
              ? `Deleted ${removed.stakeholder.name}.`
              : `Deleted ${removed.stakeholder.name} and ${countOf(asks, 'ask')} made of them.`,
          undo: undoThisChange(),
        });
      }
    } catch {
      setError('The stakeholder could not be deleted. Nothing was changed.');
    }
  };
  return (
    <section className="alliance-card" aria-labelledby={titleId}>
      <div className="alliance-card-header">
        <h3 id={titleId}>Stakeholders</h3>
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'add' })}>
          Add stakeholder
        </button>
      </div>
      <FormError message={error} />
      {stakeholders.length === 0 ? (
        <p className="muted">
          No colleagues on the map yet. Add the people in sales, marketing, product, engineering,
          legal, finance and the executive team whose help the partner programme needs.
        </p>
      ) : (
        <StakeholderTable
          rows={rows}
          sort={sort}
          onSort={setSort}
          focus={focus}
          onEdit={(stakeholder) => setEditing({ mode: 'edit', stakeholder })}
          onDelete={(stakeholder) => void remove(stakeholder)}
        />
      )}
      {editing.mode !== 'closed' ? (
        <StakeholderDialog
          stakeholder={editing.mode === 'edit' ? editing.stakeholder : undefined}
          directory={directory}
          onClose={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' });
            onFocus(saved.id);
          }}
        />
      ) : null}
    </section>
  );
}
