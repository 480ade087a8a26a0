import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/**
 * The File menu as a person uses it: open it and pick an item, export the workbook as a
 * download, or pick an item that asks for a file and give it one.
 */

export async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('group', { name: 'File' }).getByRole('button', { name: item }).click();
}

export async function exportWorkbookFile(page: Page): Promise<Buffer> {
  await fileMenu(page, 'Export…');
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  return readFile(await (await download).path());
}

export async function chooseFile(
  page: Page,
  item: string,
  name: string,
  buffer: Buffer,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, item);
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}
