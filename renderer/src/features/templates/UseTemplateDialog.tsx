import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { StartPositioningDialog } from './StartPositioningDialog';
import { StartQbrDialog } from './StartQbrDialog';
import { StartScorecardDialog } from './StartScorecardDialog';

/**
 * The dialog that starts a document from a template, by kind. Partner plans start on the plan
 * screens (planFromTemplate in shared/domain/templates), so no dialog here starts one.
 */
export function UseTemplateDialog(props: { template: LibraryTemplate; onClose: () => void }) {
  const { template, onClose } = props;
  switch (template.kind) {
    case 'positioning':
      return <StartPositioningDialog template={template} onClose={onClose} />;
    case 'qbr-agenda':
      return <StartQbrDialog template={template} onClose={onClose} />;
    case 'scorecard':
      return <StartScorecardDialog template={template} onClose={onClose} />;
    case 'partner-plan':
      return null;
  }
}
