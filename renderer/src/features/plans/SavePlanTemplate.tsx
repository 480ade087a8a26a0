import { useState } from 'react';
import type { Objective } from '../../../../shared/domain/strategy/partner-plan';
import { templateFromPlan } from '../../../../shared/domain/templates/plan-from-template';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';

/**
 * "Save as template" on a plan: the plan's objectives and measures (as the form reads now, no
 * figures, owners or goal links) become a plan template of the user's, which the library lists
 * and the new-plan dialog offers from then on.
 */
export function SavePlanTemplate({
  objectives,
  partnerName,
}: {
  objectives: readonly Objective[];
  partnerName: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Save as template
      </button>
      {open ? (
        <SaveTemplateDialog
          what="this plan"
          initialName={`${partnerName} plan`}
          content={(name, description) =>
            templateFromPlan({ objectives: [...objectives] }, name, description)
          }
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
