// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Partner } from '../../../../shared/domain/partner';
import type { Validated } from '../../../../shared/domain/validation';
import { ServicesProvider } from '../../app/workbook-context';
import type { Workbook } from '../../db/workbook';
import type { Host } from '../../host/host';
import { useUiStore } from '../../state/ui-store';
import { PartnerPanel } from './PartnerPanel';

afterEach(cleanup);

// Disabled by its own attribute or by a disabled fieldset around it.
const isDisabled = (element: HTMLElement) => element.matches(':disabled');

describe('the new-partner form', () => {
  it('locks its fields while the partner is being created, so nothing typed then is lost', async () => {
    let finish: (result: Validated<Partner>) => void = () => undefined;
    const create = vi.fn(() => new Promise<Validated<Partner>>((resolve) => (finish = resolve)));
    const workbook = { partners: { create } } as unknown as Workbook;
    useUiStore.getState().openPanel({ mode: 'create' });
    render(
      <ServicesProvider workbook={workbook} host={{} as Host}>
        <PartnerPanel />
      </ServicesProvider>,
    );
    const name = screen.getByLabelText(/^Name/);
    fireEvent.change(name, { target: { value: 'Northwind' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create partner' }));

    expect(create).toHaveBeenCalledTimes(1);
    expect(isDisabled(screen.getByLabelText(/^Name/))).toBe(true);
    expect(isDisabled(screen.getByRole('button', { name: 'Creating…' }))).toBe(true);

    await act(async () => {
      finish({ ok: false, errors: { name: 'A partner with this name exists.' } });
      await Promise.resolve();
    });
    const field = screen.getByLabelText(/^Name/);
    expect(isDisabled(field)).toBe(false);
    expect(field).toHaveProperty('value', 'Northwind');
    expect(screen.getByText('A partner with this name exists.')).toBeTruthy();
  });
});
