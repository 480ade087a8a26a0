// Scaffold only: replaced by the feature's screen before issue 7 closes.
export function ActivityScreen({ partnerId }: { partnerId?: string | undefined }) {
  return <h1 data-partner={partnerId}>Activity</h1>;
}
