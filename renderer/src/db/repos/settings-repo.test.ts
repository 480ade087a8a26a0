import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../database';
import { SettingsRepo } from './settings-repo';

let db: WorkbookDatabase;
let settings: SettingsRepo;

beforeEach(async () => {
  db = new WorkbookDatabase(`settings-${crypto.randomUUID()}`);
  await db.open();
  settings = new SettingsRepo(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('SettingsRepo', () => {
  it('stores any JSON value per key, and forgets it when set to undefined', async () => {
    expect(await settings.get('theme')).toBeUndefined();
    await settings.set('theme', { mode: 'dark', scale: 1.25 });
    expect(await settings.get('theme')).toEqual({ mode: 'dark', scale: 1.25 });
    await settings.set('theme', undefined);
    expect(await settings.get('theme')).toBeUndefined();
    expect(await db.settings.count()).toBe(0);
  });

  it('keeps the author trimmed, and clears it when the name is blank', async () => {
    expect(await settings.author()).toBeUndefined();
    expect(await settings.setAuthor('  Liis Tamm ')).toEqual({ ok: true, value: 'Liis Tamm' });
    expect(await settings.author()).toBe('Liis Tamm');
    expect(await settings.setAuthor('   ')).toEqual({ ok: true, value: undefined });
    expect(await settings.author()).toBeUndefined();
  });

  it('refuses an author name over 200 characters and keeps the previous one', async () => {
    await settings.setAuthor('Liis');
    const result = await settings.setAuthor('x'.repeat(201));
    expect(result).toEqual({
      ok: false,
      errors: { author: 'Your name must be at most 200 characters.' },
    });
    expect(await settings.author()).toBe('Liis');
  });

  it('ignores a stored author that is not a valid name', async () => {
    await settings.set('author', 42);
    expect(await settings.author()).toBeUndefined();
  });
});
