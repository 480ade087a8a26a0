import { useMemo } from 'react';
import type { FieldErrors } from '../../../../shared/domain/validation';
import type { PartnerChoice } from '../../db/repos/template-use-repo';
import { Field } from '../../ui/Field';
import { useIterations } from '../positioning/use-positioning';
import type { FeedbackForm } from './feedback-form';
import { useDraftChoices } from './use-voice';

/**
 * The positioning iteration a feedback entry is evidence for: a draft (the partner's own drafts
 * first, then every other), then one of its iterations. A draft with no iterations yet offers none.
 */
export function EvidenceFields({
  form,
  errors,
  partners,
  set,
}: {
  form: FeedbackForm;
  errors: FieldErrors;
  partners: readonly PartnerChoice[];
  set: (patch: Partial<FeedbackForm>) => void;
}) {
  const drafts = useDraftChoices();
  const iterations = useIterations(form.draftId === '' ? undefined : form.draftId);
  const names = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const ordered = useMemo(() => {
    const all = drafts ?? [];
    const own = all.filter((d) => form.partnerId !== '' && d.partnerId === form.partnerId);
    return [...own, ...all.filter((d) => !own.includes(d))];
  }, [drafts, form.partnerId]);
  const owner = (partnerId: string | undefined) =>
    partnerId === undefined ? 'company' : (names.get(partnerId) ?? 'deleted partner');
  return (
    <fieldset className="evidence-fields">
      <legend>Evidence for a positioning iteration (optional)</legend>
      <div className="field-row">
        <Field label="Positioning draft">
          {(props) => (
            <select
              {...props}
              value={form.draftId}
              onChange={(e) => set({ draftId: e.target.value, positioningIterationId: '' })}
            >
              <option value="">None</option>
              {ordered.map((draft) => (
                <option key={draft.id} value={draft.id}>
                  {draft.title} ({owner(draft.partnerId)})
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.draftId === '' ? null : (
          <Field label="Iteration" error={errors.positioningIterationId}>
            {(props) => (
              <select
                {...props}
                value={form.positioningIterationId}
                onChange={(e) => set({ positioningIterationId: e.target.value })}
              >
                <option value="">
                  {iterations && iterations.length === 0
                    ? 'No iterations saved yet'
                    : 'Choose an iteration…'}
                </option>
                {[...(iterations ?? [])].reverse().map((iteration) => (
                  <option key={iteration.id} value={iteration.id}>
                    Iteration {iteration.number}: {iteration.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
    </fieldset>
  );
}
