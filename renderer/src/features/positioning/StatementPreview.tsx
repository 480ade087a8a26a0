import type { DraftField } from '../../../../shared/domain/positioning';
import { assembleStatement } from '../../../../shared/positioning/sentence';

/** The positioning statement assembled from its fields, updated as the user types. */
export function StatementPreview({ fields }: { fields: readonly DraftField[] }) {
  const { text, missing } = assembleStatement(fields);
  return (
    <section className="statement-preview" aria-label="Statement preview">
      <h3>Preview</h3>
      <blockquote>{text}</blockquote>
      {missing.length > 0 ? <p className="muted">Still to fill in: {missing.join(', ')}.</p> : null}
    </section>
  );
}
