// Scaffold only: replaced by the feature's screen before issue 7 closes.
export function AlliancesScreen({ stakeholderId }: { stakeholderId?: string | undefined }) {
  return <h1 data-focus={stakeholderId}>Alliances</h1>;
}
