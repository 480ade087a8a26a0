import { useId } from 'react';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { TemplatePreview } from './TemplatePreview';

interface TemplateCardProps {
  template: LibraryTemplate;
  onUse: (template: LibraryTemplate) => void;
  onRename: (template: LibraryTemplate) => void;
  onDelete: (template: LibraryTemplate) => void;
}

/** One template in the library: its name, where it comes from, what it holds and its actions. */
export function TemplateCard({ template, onUse, onRename, onDelete }: TemplateCardProps) {
  const titleId = useId();
  return (
    <article className="library-card" aria-labelledby={titleId}>
      <header>
        <h4 id={titleId}>{template.name}</h4>
        <span className={template.builtIn ? 'badge' : 'badge mine'}>
          {template.builtIn ? 'Built in' : 'Mine'}
        </span>
      </header>
      {template.source ? <p className="template-source">{template.source}</p> : null}
      {template.description ? <p className="muted">{template.description}</p> : null}
      <TemplatePreview template={template} />
      <div className="card-actions">
        <button type="button" className="primary" onClick={() => onUse(template)}>
          Use template
        </button>
        {template.builtIn ? null : (
          <>
            <button type="button" onClick={() => onRename(template)}>
              Rename
            </button>
            <button type="button" className="danger" onClick={() => onDelete(template)}>
              Delete
            </button>
          </>
        )}
      </div>
    </article>
  );
}
