// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../app/workbook-context';
import { discardNewDatabase } from '../../db/repos/snapshot-repo';
import { openWorkbook, type Workbook } from '../../db/workbook';
import type { Host } from '../../host/host';
import { AlliancesScreen } from './AlliancesScreen';

let workbook: Workbook;
let dbName: string;

beforeEach(async () => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = () => undefined;
  dbName = `alliances-screen-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
});

afterEach(async () => {
  cleanup();
  workbook.close();
  await discardNewDatabase(dbName);
});

async function add(name: string, influence: string, stance: string): Promise<string> {
  const created = await workbook.stakeholders.create({ name, team: 'sales', influence, stance });
  if (!created.ok) throw new Error('fixture');
  return created.value.id;
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr');

describe('the alliances screen', () => {
  it('focuses the stakeholder it is opened with, then whoever is chosen in the grid', async () => {
    await add('Ari Berg', 'low', 'champion');
    const dana = await add('Dana Reyes', 'high', 'skeptic');
    render(
      <ServicesProvider workbook={workbook} host={{} as Host}>
        <AlliancesScreen stakeholderId={dana} />
      </ServicesProvider>,
    );
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Dana Reyes')));
    expect(rowOf('Dana Reyes')?.getAttribute('aria-current')).toBe('true');

    const grid = screen.getByRole('table', { name: 'Stakeholders by influence and stance' });
    expect(screen.getByText('1 high-influence skeptic or blocker: Dana Reyes.')).toBeTruthy();
    fireEvent.click(within(grid).getByRole('button', { name: 'Ari Berg' }));
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Ari Berg')));
    expect(rowOf('Dana Reyes')?.getAttribute('aria-current')).toBeNull();
  });
});
