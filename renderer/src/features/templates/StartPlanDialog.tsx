import { useState, type SyntheticEvent } from 'react';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { Dialog } from '../../ui/Dialog';
import { NewPlanDialog } from '../plans/NewPlanDialog';
import { usePartnerPlans } from '../plans/use-plans';
import { PartnerPicker } from './PartnerPicker';
import { usePartnerChoices } from './use-templates';

/**
 * Starts a partner plan from a plan template: first the partner, then the usual new-plan form
 * (the partner's next period, the plan rules) with the template already chosen.
 */
export function StartPlanDialog(props: { template: LibraryTemplate; onClose: () => void }) {
  const { template, onClose } = props;
  const partners = usePartnerChoices() ?? [];
  const [partnerId, setPartnerId] = useState('');
  const [chosen, setChosen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const partner = partners.find((p) => p.id === partnerId);
  if (chosen && partner) {
    return (
      <PartnerNewPlan
        partnerId={partner.id}
        partnerName={partner.name}
        templateId={template.id}
        onClose={onClose}
      />
    );
  }
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (partnerId === '') setError('Choose the partner the plan is with.');
    else setChosen(true);
  };
  return (
    <Dialog title={`Start a plan from “${template.name}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label="Whose plan">
        <PartnerPicker
          partners={partners}
          value={partnerId}
          onChange={setPartnerId}
          error={error}
        />
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Continue
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// The new-plan form once the partner's plans are read (it offers the period after the latest).
function PartnerNewPlan(props: {
  partnerId: string;
  partnerName: string;
  templateId: string;
  onClose: () => void;
}) {
  const plans = usePartnerPlans(props.partnerId);
  if (plans === undefined) return null;
  return <NewPlanDialog {...props} plans={plans} />;
}
