// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdateSettings as Settings } from '../../../../shared/ipc/update-feed';
import { HostError, type HostUpdates } from '../../host/host';
import { UpdateSettings } from './UpdateSettings';

afterEach(() => {
  cleanup();
});

function fakeUpdates(initial: Settings = { enabled: false, feedUrl: '' }) {
  const set = vi.fn((settings: Settings) => Promise.resolve(settings));
  const updates: HostUpdates = { get: () => Promise.resolve(initial), set };
  return { updates, set };
}

async function renderWith(updates: HostUpdates) {
  render(<UpdateSettings updates={updates} />);
  return {
    toggle: await screen.findByRole('checkbox', { name: 'Look for updates' }),
    address: screen.getByRole('textbox', { name: 'Update server address' }),
    save: screen.getByRole('button', { name: 'Save updates' }),
  };
}

describe('the update setting', () => {
  it('starts off, with no address', async () => {
    const { toggle, address } = await renderWith(fakeUpdates().updates);
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect((address as HTMLInputElement).value).toBe('');
  });

  it('refuses a plain http address, saying why, and stores nothing', async () => {
    const { updates, set } = fakeUpdates();
    const { toggle, address, save } = await renderWith(updates);
    fireEvent.click(toggle);
    fireEvent.change(address, { target: { value: 'http://updates.example/pw/' } });
    fireEvent.click(save);
    expect(
      await screen.findByText(
        'The address must start with https://: updates are never fetched over plain http.',
      ),
    ).toBeTruthy();
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Not saved: fix the highlighted fields');
    expect(set).not.toHaveBeenCalled();
  });

  it('asks for an address before turning updates on', async () => {
    const { updates, set } = fakeUpdates();
    const { toggle, save } = await renderWith(updates);
    fireEvent.click(toggle);
    fireEvent.click(save);
    expect(await screen.findByText('Enter the address of the update server.')).toBeTruthy();
    expect(set).not.toHaveBeenCalled();
  });

  it('turns updates on with an https address', async () => {
    const { updates, set } = fakeUpdates();
    const { toggle, address, save } = await renderWith(updates);
    fireEvent.click(toggle);
    fireEvent.change(address, { target: { value: 'https://updates.example/pw/' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(set).toHaveBeenCalledExactlyOnceWith({
      enabled: true,
      feedUrl: 'https://updates.example/pw/',
    });
  });

  it('shows the reason the desktop app refused the address', async () => {
    const { updates, set } = fakeUpdates({ enabled: true, feedUrl: 'https://a.example/' });
    set.mockRejectedValueOnce(
      new HostError('invalid-argument', 'The address cannot contain a user name or password.'),
    );
    const { save } = await renderWith(updates);
    fireEvent.click(save);
    expect(
      await screen.findByText('The address cannot contain a user name or password.'),
    ).toBeTruthy();
  });
});
