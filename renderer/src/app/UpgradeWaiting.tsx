/**
 * What shows while this window's upgrade of the workbook waits for another window that still has
 * it open at an older version. The upgrade goes on by itself once that window closes it.
 */
export function UpgradeWaiting() {
  return (
    <main className="startup-error" role="status">
      <h1>Updating your workbook</h1>
      <p>Close other Partner Workbook windows to finish updating this workbook.</p>
      <p>It opens here as soon as they are closed; nothing has been changed yet.</p>
    </main>
  );
}
