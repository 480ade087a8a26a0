import { useState } from 'react';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import {
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
} from '../../../../shared/domain/templates/template-kinds';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { RenameTemplateDialog } from './RenameTemplateDialog';
import { TemplateCard } from './TemplateCard';
import { UseTemplateDialog } from './UseTemplateDialog';
import { PartnerPicker } from './PartnerPicker';
import { useLibrary, usePartnerChoices } from './use-templates';
import './templates.css';
import { undoThisChange } from '../undo/undo-actions';

/**
 * The templates library: the built-in templates and the user's own, by kind, each with what it
 * holds and a way to start a document from it; and a way to a partner's QBRs.
 */
export function TemplatesScreen() {
  const library = useLibrary();
  const partners = usePartnerChoices() ?? [];
  const { templates } = useWorkbook();
  const { offerUndo, openView } = useUiActions();
  const [using, setUsing] = useState<LibraryTemplate | null>(null);
  const [renaming, setRenaming] = useState<LibraryTemplate | null>(null);
  const [qbrPartner, setQbrPartner] = useState('');
  const remove = async (template: LibraryTemplate) => {
    const removed = await templates.remove(template.id);
    if (removed) {
      offerUndo({
        message: `Deleted the template “${removed.name}”.`,
        undo: undoThisChange(),
      });
    }
  };
  return (
    <section className="templates-screen" aria-labelledby="templates-heading">
      <header className="templates-header">
        <h2 id="templates-heading">Templates</h2>
        <p className="muted">
          Proven structures to start from. Use one to start a document; save your own from a partner
          plan, a QBR agenda, a positioning draft or a scorecard.
        </p>
      </header>
      <h3>Partner QBRs</h3>
      <form
        className="qbr-opener"
        aria-label="Partner QBRs"
        onSubmit={(e) => {
          e.preventDefault();
          if (qbrPartner !== '') openView({ name: 'qbrs', partnerId: qbrPartner });
        }}
      >
        <PartnerPicker partners={partners} value={qbrPartner} onChange={setQbrPartner} />
        <button type="submit" disabled={qbrPartner === ''}>
          Open QBRs
        </button>
      </form>
      {library === undefined ? <p className="muted loading">Opening the library…</p> : null}
      {TEMPLATE_KINDS.map((kind) => {
        const ofKind = (library ?? []).filter((template) => template.kind === kind);
        return (
          <section key={kind} className="template-kind" aria-labelledby={`kind-${kind}`}>
            <h3 id={`kind-${kind}`}>{TEMPLATE_KIND_LABELS[kind].many}</h3>
            <div className="library-grid">
              {ofKind.map((template) => (
                <TemplateCard
                  key={template.id}
                  template={template}
                  onUse={setUsing}
                  onRename={setRenaming}
                  onDelete={(t) => void remove(t)}
                />
              ))}
            </div>
          </section>
        );
      })}
      {using ? <UseTemplateDialog template={using} onClose={() => setUsing(null)} /> : null}
      {renaming ? (
        <RenameTemplateDialog template={renaming} onClose={() => setRenaming(null)} />
      ) : null}
    </section>
  );
}
