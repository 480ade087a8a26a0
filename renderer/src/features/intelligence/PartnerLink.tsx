import { useUiActions } from '../../state/ui-selectors';

/** A partner's name that opens its panel on the given tab; plain text once it is deleted. */
export function PartnerLink({
  partnerId,
  name,
  tab,
}: {
  partnerId: string;
  name: string | undefined;
  tab: 'intelligence' | 'details';
}) {
  const { openPanel, setPanelTab } = useUiActions();
  if (name === undefined) return <span className="muted">Deleted partner</span>;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        setPanelTab(tab);
        openPanel({ mode: 'edit', partnerId });
      }}
    >
      {name}
    </button>
  );
}
