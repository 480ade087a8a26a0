import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import { StartPlanDialog } from './StartPlanDialog';
import { StartPositioningDialog } from './StartPositioningDialog';
import { StartQbrDialog } from './StartQbrDialog';
import { StartScorecardDialog } from './StartScorecardDialog';

/** The dialog that starts a document from a template, by kind. */
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
      return <StartPlanDialog template={template} onClose={onClose} />;
  }
}
