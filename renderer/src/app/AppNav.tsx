import type { AppView } from '../state/ui-store';
import { useUiActions, useView } from '../state/ui-selectors';

type ViewName = AppView['name'];

/** A section of the header's navigation, and the views that count as being in it. */
interface Section {
  label: string;
  opens:
    | 'dashboard'
    | 'partners'
    | 'activity'
    | 'positioning'
    | 'voice'
    | 'market'
    | 'alliances'
    | 'goals'
    | 'templates'
    | 'settings';
  includes: readonly ViewName[];
}

// Partner-level screens (brief, plan, performance) open from a partner and belong to Partners.
const SECTIONS: readonly Section[] = [
  { label: 'Dashboard', opens: 'dashboard', includes: ['dashboard'] },
  {
    label: 'Partners',
    opens: 'partners',
    includes: ['partners', 'brief', 'plan', 'performance', 'business-case'],
  },
  { label: 'Activity', opens: 'activity', includes: ['activity'] },
  { label: 'Positioning', opens: 'positioning', includes: ['positioning', 'draft'] },
  { label: 'Voice', opens: 'voice', includes: ['voice'] },
  { label: 'Market', opens: 'market', includes: ['market'] },
  { label: 'Alliances', opens: 'alliances', includes: ['alliances'] },
  { label: 'Goals', opens: 'goals', includes: ['goals'] },
  {
    label: 'Templates',
    opens: 'templates',
    includes: ['templates', 'qbrs', 'qbr', 'scorecard'],
  },
  { label: 'Settings', opens: 'settings', includes: ['settings', 'backups'] },
];

/** The header's sections; the current one is marked for assistive technology and by style. */
export function AppNav() {
  const view = useView();
  const { openView } = useUiActions();
  return (
    <nav className="app-nav" aria-label="Sections">
      {SECTIONS.map((section) => (
        <button
          key={section.opens}
          type="button"
          aria-current={section.includes.includes(view.name) ? 'page' : undefined}
          onClick={() => openView({ name: section.opens })}
        >
          {section.label}
        </button>
      ))}
    </nav>
  );
}
