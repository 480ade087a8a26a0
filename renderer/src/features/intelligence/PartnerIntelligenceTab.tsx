import './intelligence.css';
import { useId, useState } from 'react';
import {
  INTELLIGENCE_SECTIONS,
  type IntelligenceEntry,
  type IntelligenceSection,
} from '../../../../shared/domain/people/intelligence';
import { INTELLIGENCE_SECTION_LABELS } from '../../../../shared/domain/people/people-labels';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { formatDate } from '../../ui/format';
import { FormError } from '../../ui/FormError';
import { todayIso } from '../plans/today';
import { entryTitle } from '../../../../shared/domain/people/intelligence';
import { entryFacts } from './entry-text';
import { IntelligenceDialog } from './IntelligenceDialog';
import { SourceView } from './SourceView';
import { StaleFlag } from './StaleFlag';
import { usePartnerIntelligence } from './use-intelligence';
import { undoThisChange } from '../undo/undo-actions';

type Editing =
  { mode: 'add'; section: IntelligenceSection } | { mode: 'edit'; entry: IntelligenceEntry } | null;

const EMPTY_TEXT: Record<IntelligenceSection, string> = {
  customers: 'No accounts yet: the customers you share with this partner or target together.',
  technology: 'No integrations yet: APIs, connectors and certifications.',
  competition: 'No competition yet: rivals of the joint offer, and competing alliances.',
  channels: 'No channels yet: how this partner sells, where and through which marketplaces.',
  trends: 'No trends yet: market movements that matter to this partnership.',
};

/** A partner's intelligence in five sections, each entry dated, sourced and flagged when stale. */
export function PartnerIntelligenceTab({ partnerId }: { partnerId: string }) {
  const [today] = useState(todayIso);
  const sections = usePartnerIntelligence(partnerId);
  const { intelligence } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);
  if (!sections) return <p className="muted">Loading…</p>;
  const remove = async (entry: IntelligenceEntry) => {
    try {
      const removed = await intelligence.remove(entry.id);
      setError(null);
      if (removed) {
        const section = INTELLIGENCE_SECTION_LABELS[removed.section].toLowerCase();
        offerUndo({
          message: `Deleted the ${section} entry “${entryTitle(removed)}”.`,
          undo: undoThisChange(),
        });
      }
    } catch {
      setError('The entry could not be deleted. Nothing was changed.');
    }
  };
  return (
    <div className="partner-intelligence">
      <FormError message={error} />
      {INTELLIGENCE_SECTIONS.map((section) => (
        <IntelligenceSectionList
          key={section}
          section={section}
          entries={sections[section]}
          today={today}
          onAdd={() => setEditing({ mode: 'add', section })}
          onEdit={(entry) => setEditing({ mode: 'edit', entry })}
          onDelete={(entry) => void remove(entry)}
        />
      ))}
      {editing ? (
        <IntelligenceDialog
          partnerId={partnerId}
          section={editing.mode === 'add' ? editing.section : editing.entry.section}
          today={today}
          entry={editing.mode === 'edit' ? editing.entry : undefined}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}

function IntelligenceSectionList({
  section,
  entries,
  today,
  onAdd,
  onEdit,
  onDelete,
}: {
  section: IntelligenceSection;
  entries: readonly IntelligenceEntry[];
  today: string;
  onAdd: () => void;
  onEdit: (entry: IntelligenceEntry) => void;
  onDelete: (entry: IntelligenceEntry) => void;
}) {
  const titleId = useId();
  const label = INTELLIGENCE_SECTION_LABELS[section];
  return (
    <section className="intel-section" aria-labelledby={titleId}>
      <div className="intel-section-header">
        <h3 id={titleId}>
          {label} <span className="muted">({entries.length})</span>
        </h3>
        <button type="button" onClick={onAdd} aria-label={`Add to ${label}`}>
          Add
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="muted">{EMPTY_TEXT[section]}</p>
      ) : (
        <ul className="intel-entries" aria-label={label}>
          {entries.map((entry) => {
            const title = entryTitle(entry);
            return (
              <li key={entry.id} className="intel-entry" aria-label={title}>
                <div className="intel-entry-head">
                  <strong>{title}</strong>
                  <StaleFlag observedAt={entry.observedAt} today={today} />
                </div>
                <p className="muted intel-entry-facts">
                  {[formatDate(entry.observedAt), ...entryFacts(entry)].join(' · ')}
                </p>
                {entry.source ? <SourceView source={entry.source} /> : null}
                {entry.notes ? <p className="prose intel-notes">{entry.notes}</p> : null}
                <div className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Edit ${title}`}
                    onClick={() => onEdit(entry)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={`Delete ${title}`}
                    onClick={() => onDelete(entry)}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
