import { useId, useState } from 'react';
import { useUiActions } from '../../state/ui-selectors';

/** One line of a dashboard list, about one partner. */
export interface PartnerListItem {
  key: string;
  partnerId: string;
  name: string;
  detail: string;
}

const PAGE = 20;

interface PartnerListProps {
  title: string;
  items: readonly PartnerListItem[];
  /** Said when the list is empty: good news, in words. */
  empty: string;
}

/**
 * A dashboard list of partners needing attention; each opens the partner's panel. Long lists
 * (thousands of quiet partners in a large workbook) show a page at a time.
 */
export function PartnerList({ title, items, empty }: PartnerListProps) {
  const { openPanel } = useUiActions();
  const [shown, setShown] = useState(PAGE);
  const titleId = useId();
  return (
    <section className="dash-card dash-list" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {title} <span className="dash-count">{items.length.toLocaleString()}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul aria-labelledby={titleId}>
          {items.slice(0, shown).map((item) => (
            <li key={item.key}>
              <button
                type="button"
                className="link-button"
                onClick={() => openPanel({ mode: 'edit', partnerId: item.partnerId })}
              >
                {item.name}
              </button>
              <span className="muted">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {items.length > shown ? (
        <button type="button" onClick={() => setShown((count) => count + PAGE * 5)}>
          Show more ({(items.length - shown).toLocaleString()} not shown)
        </button>
      ) : null}
    </section>
  );
}
