import './alliances.css';
import { useState } from 'react';
import { todayIso } from '../plans/today';
import { AsksSection } from './AsksSection';
import { StakeholderGrid } from './StakeholderGrid';
import { StakeholdersSection } from './StakeholdersSection';
import { useAsks, usePartnerDirectory, useStakeholders } from './use-alliances';

/**
 * Alliances inside the company: the colleagues whose help the partner programme needs, as a
 * sortable table and as a grid of influence against stance, and the asks made of them. Opened
 * with a stakeholder's id (from search), that stakeholder is focused in the table.
 */
export function AlliancesScreen({ stakeholderId }: { stakeholderId?: string | undefined }) {
  // Fixed for the life of the screen, so that ages and stalls do not shift under the user.
  const [today] = useState(todayIso);
  const stakeholders = useStakeholders();
  const asks = useAsks();
  const directory = usePartnerDirectory();
  // A new object per request, so that asking for the same person again focuses them again.
  const [focus, setFocus] = useState(() => ({
    from: stakeholderId,
    request: stakeholderId === undefined ? undefined : { id: stakeholderId },
  }));
  if (focus.from !== stakeholderId) {
    setFocus({
      from: stakeholderId,
      request: stakeholderId === undefined ? undefined : { id: stakeholderId },
    });
  }
  const focusOn = (id: string) => setFocus({ from: stakeholderId, request: { id } });
  return (
    <div className="alliances-screen">
      <div className="screen-toolbar">
        <h2>Alliances</h2>
        <p className="muted">
          Colleagues across the company, where they stand, and what you need from them.
        </p>
      </div>
      {stakeholders === undefined || asks === undefined ? (
        <p className="muted loading">Loading stakeholders and asks…</p>
      ) : (
        <div className="alliances-grid">
          <StakeholdersSection
            stakeholders={stakeholders}
            directory={directory}
            today={today}
            focus={focus.request}
            onFocus={focusOn}
          />
          <StakeholderGrid stakeholders={stakeholders} onChoose={(s) => focusOn(s.id)} />
          <AsksSection
            asks={asks}
            stakeholders={stakeholders}
            directory={directory}
            today={today}
          />
        </div>
      )}
    </div>
  );
}
