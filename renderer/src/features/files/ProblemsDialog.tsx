import type { PartnerbookProblem } from '../../../../shared/files/partnerbook/problems';
import { Dialog } from '../../ui/Dialog';

/** Why a file was refused: one line per problem. Nothing was written. */
export function ProblemsDialog({
  fileName,
  problems,
  onClose,
}: {
  fileName: string;
  problems: readonly PartnerbookProblem[];
  onClose: () => void;
}) {
  return (
    <Dialog title={`“${fileName}” could not be opened`} onClose={onClose} wide>
      <p>Nothing was changed. What is wrong with the file:</p>
      <ul className="problem-lines">
        {problems.map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
