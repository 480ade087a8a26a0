import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { templateSummary } from '../../../../shared/domain/templates/template-summary';
import { DEFAULT_CURRENCY } from '../../../../shared/domain/strategy/strategy-settings';
import { useStrategySettings } from '../settings/use-strategy-settings';

/** What a template holds, one line per field, objective, agenda item or scorecard row. */
export function TemplatePreview({ template }: { template: LibraryTemplate }) {
  const currency = useStrategySettings()?.currency ?? DEFAULT_CURRENCY;
  const lines = templateSummary(template, currency);
  if (lines.length === 0) return <p className="muted">Fields you name yourself.</p>;
  return (
    // Long previews scroll; the list takes focus so a keyboard can scroll it too.
    <ul className="template-preview" aria-label={`What ${template.name} holds`} tabIndex={0}>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
