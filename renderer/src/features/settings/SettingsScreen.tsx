import './settings.css';
import { AuthorSettings } from './AuthorSettings';
import { BalanceTargetSettings } from './BalanceTargetSettings';
import { CurrencySettings } from './CurrencySettings';
import { HealthTargetsSettings } from './HealthTargetsSettings';
import { HealthWeightsSettings } from './HealthWeightsSettings';
import { ThemeSettings } from './ThemeSettings';
import { TierProgrammeSettings } from './TierProgrammeSettings';
import { StorageSettings } from '../storage/StorageSettings';
import { useHost } from '../../app/workbook-context';
import { UpdateSettings } from './UpdateSettings';
import { useWorkbookSettings } from './use-workbook-settings';

/**
 * The workbook's settings, one form per setting, each saved on its own. The forms start from
 * what is stored when the screen opens; the figures they feed read the stored values live.
 */
export function SettingsScreen() {
  const stored = useWorkbookSettings();
  const { updates } = useHost();
  if (stored === undefined) return <p className="muted loading">Opening the settings…</p>;
  const { author, strategy } = stored;
  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <div className="settings-columns">
        <ThemeSettings />
        <AuthorSettings initial={author} />
        <CurrencySettings initial={strategy.currency} />
        <HealthWeightsSettings initial={strategy.healthWeights} />
        <HealthTargetsSettings initial={strategy.healthTargets} currency={strategy.currency} />
        <TierProgrammeSettings initial={strategy.tiers} currency={strategy.currency} />
        <BalanceTargetSettings />
        <StorageSettings />
        {updates === undefined ? null : <UpdateSettings updates={updates} />}
      </div>
    </section>
  );
}
