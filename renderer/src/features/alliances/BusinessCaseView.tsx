import '../../ui/print.css';
import '../performance/performance.css';
import '../plans/plans.css';
import './alliances.css';
import { useState } from 'react';
import { useHost } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { DocumentActions, fileSafe } from '../../ui/DocumentActions';
import { todayIso } from '../plans/today';
import { BusinessCaseBody } from './BusinessCaseBody';
import { businessCaseMarkdown } from './business-case-markdown';
import { useBusinessCase } from './use-business-case';

/**
 * A partner's one-page business case, laid out for print, with Markdown to copy or save: what a
 * partner manager sends to colleagues who have no time to open the workbook.
 */
export function BusinessCaseView({ partnerId }: { partnerId: string }) {
  // Fixed for the life of the view, so the figures do not shift under the user at midnight.
  const [today] = useState(todayIso);
  const bc = useBusinessCase(partnerId, today);
  const host = useHost();
  const { openView, openPanel, showNotice } = useUiActions();
  if (bc === undefined) return <p className="muted loading">Preparing the business case…</p>;
  if (bc === null) return <p className="muted loading">This partner no longer exists.</p>;
  const back = () => {
    openView({ name: 'partners' });
    openPanel({ mode: 'edit', partnerId });
  };
  return (
    <article className="printable-page business-case" aria-labelledby="business-case-title">
      <DocumentActions
        label="Business case actions"
        noun="the business case"
        fileName={`${fileSafe(bc.partner.name)} business case`}
        markdown={() => businessCaseMarkdown(bc)}
        host={host}
        notify={showNotice}
      >
        <button type="button" onClick={back}>
          Back to partners
        </button>
      </DocumentActions>
      <BusinessCaseBody bc={bc} />
    </article>
  );
}
