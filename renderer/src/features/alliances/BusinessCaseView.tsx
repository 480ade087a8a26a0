// Scaffold only: replaced by the feature's screen before issue 7 closes.
export function BusinessCaseView({ partnerId }: { partnerId: string }) {
  return <h1 data-partner={partnerId}>Business case</h1>;
}
