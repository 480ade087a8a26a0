import { useEffect, useState } from 'react';
import {
  updateSettingsSchema,
  type UpdateSettings as Settings,
} from '../../../../shared/ipc/update-feed';
import { HostError, type HostUpdates } from '../../host/host';
import { Field } from '../../ui/Field';
import { SettingsForm } from './SettingsForm';

/**
 * Whether the desktop app looks for new versions, and where. Off until the user turns it on with
 * the https address of an update server: the app is offline-first and never calls out on its own.
 * Only the desktop app shows it; the web build has no updater.
 */
export function UpdateSettings({ updates }: { updates: HostUpdates }) {
  const [stored, setStored] = useState<Settings | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    updates.get().then(
      (settings) => {
        if (live) setStored(settings);
      },
      () => {
        if (live) setLoadError('The update setting could not be read.');
      },
    );
    return () => {
      live = false;
    };
  }, [updates]);
  if (stored === undefined) {
    return (
      <section className="settings-section" aria-label="Updates">
        <h3>Updates</h3>
        <p className={loadError === undefined ? 'muted' : 'warning'}>
          {loadError ?? 'Reading the update setting…'}
        </p>
      </section>
    );
  }
  return <UpdateSettingsForm updates={updates} initial={stored} />;
}

function UpdateSettingsForm({ updates, initial }: { updates: HostUpdates; initial: Settings }) {
  const [enabled, setEnabled] = useState(initial.enabled);
  const [feedUrl, setFeedUrl] = useState(initial.feedUrl);
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    const parsed = updateSettingsSchema.safeParse({ enabled, feedUrl });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return false;
    }
    try {
      const saved = await updates.set(parsed.data);
      setFeedUrl(saved.feedUrl);
      setError(undefined);
      return true;
    } catch (failure) {
      if (failure instanceof HostError && failure.code === 'invalid-argument') {
        setError(failure.message);
        return false;
      }
      throw failure;
    }
  };
  return (
    <SettingsForm
      title="Updates"
      intro={
        <p className="muted">
          Partner Workbook never calls out on its own. Turn this on to have it look for a new
          version at your update server when it starts, download it in the background and install it
          when you quit.
        </p>
      }
      onSave={save}
    >
      <label className="check-row">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        Look for updates
      </label>
      <Field
        label="Update server address"
        error={error}
        hint="The https address your IT team publishes Partner Workbook's updates at."
      >
        {(a11y) => (
          <input
            {...a11y}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={feedUrl}
            onChange={(event) => setFeedUrl(event.target.value)}
          />
        )}
      </Field>
    </SettingsForm>
  );
}
