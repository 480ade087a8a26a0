// Scaffold only: replaced by the feature's screen before issue 7 closes.
export function MarketScreen() {
  return <h1>Market</h1>;
}
