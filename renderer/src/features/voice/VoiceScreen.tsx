// Scaffold only: replaced by the feature's screen before issue 7 closes.
export function VoiceScreen(focus: {
  feedbackId?: string | undefined;
  decisionId?: string | undefined;
}) {
  return <h1 data-focus={focus.feedbackId ?? focus.decisionId}>Voice</h1>;
}
