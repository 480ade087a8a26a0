import { useState, type SyntheticEvent } from 'react';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { draftSourceOf } from '../../../../shared/domain/templates/positioning-from-template';
import type { TemplateOf } from '../../../../shared/domain/templates/template';
import { Dialog } from '../../ui/Dialog';
import { NewDraftDialog } from '../positioning/NewDraftDialog';
import { PartnerPicker } from './PartnerPicker';
import { usePartnerChoices } from './use-templates';

type PositioningTemplate = TemplateOf<'positioning'> & LibraryTemplate;

/**
 * Starts a positioning draft from a template: first whose positioning it is (the company's or
 * a partner's), then the usual new-draft form with the template already chosen.
 */
export function StartPositioningDialog(props: {
  template: PositioningTemplate;
  onClose: () => void;
}) {
  const { template, onClose } = props;
  const partners = usePartnerChoices() ?? [];
  const [partnerId, setPartnerId] = useState('');
  const [chosen, setChosen] = useState(false);
  if (chosen) {
    return (
      <NewDraftDialog
        partnerId={partnerId === '' ? undefined : partnerId}
        partnerName={partners.find((p) => p.id === partnerId)?.name}
        preset={{ name: template.name, source: draftSourceOf(template) }}
        onClose={onClose}
      />
    );
  }
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setChosen(true);
  };
  return (
    <Dialog title={`Start a draft from “${template.name}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label="Whose positioning">
        <PartnerPicker
          partners={partners}
          value={partnerId}
          onChange={setPartnerId}
          none="The company positioning"
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
