import { useEffect, useRef } from 'react';

interface UpgradeWaitingProps {
  /** The workbook being switched to; absent at start, where it is the only one opening. */
  workbookName?: string;
  /** While switching: the workbook this window had open, and how to go back to it. */
  goBack?: { to: string; run: () => void };
}

/**
 * What shows while this window's upgrade of a workbook waits for another window that still has
 * it open at an older version. The upgrade goes on by itself once that window closes it; while
 * switching workbooks, the person can also go back to the one they had open.
 */
export function UpgradeWaiting({ workbookName, goBack }: UpgradeWaitingProps) {
  const back = useRef<HTMLButtonElement>(null);
  // The screen replaces the one that had focus: focus moves to its only action.
  useEffect(() => {
    back.current?.focus();
  }, []);
  return (
    <main className="startup-error" role="status">
      <h1>
        {workbookName === undefined ? 'Updating your workbook' : `Updating “${workbookName}”`}
      </h1>
      <p>Close other Partner Workbook windows to finish updating this workbook.</p>
      <p>It opens here as soon as they are closed; nothing has been changed yet.</p>
      {goBack && (
        <button ref={back} type="button" onClick={goBack.run}>
          Go back to “{goBack.to}”
        </button>
      )}
    </main>
  );
}
