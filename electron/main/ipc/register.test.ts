import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { MAX_PARTNERBOOK_BYTES } from '../../../shared/files/partnerbook/format';
import {
  ipcArgs,
  MAX_CLIPBOARD_TEXT_CHARS,
  MAX_IPC_CHUNK_BYTES,
  MAX_TRANSFER_BYTES,
  type IpcArgs,
  type IpcResult,
} from '../../../shared/ipc/contract';
import { trustedOrigins } from '../app-origin';
import { createClipboardHandlers } from './clipboard-handlers';
import {
  createIpcDispatcher,
  fail,
  isTrustedSender,
  ok,
  registerIpcHandlers,
  type InvokeEvent,
  type IpcHandlers,
  type IpcMainRegistrar,
  type SenderFrame,
} from './register';
import { errorOf } from './ipc-result-test-kit';

interface FakeSender {
  id: number;
}

const sender: FakeSender = { id: 7 };
const TOKEN = '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const topFrame: SenderFrame = { parent: null, url: 'app://workbook/index.html' };

function eventFrom(frame: SenderFrame | null): InvokeEvent<FakeSender> {
  return { senderFrame: frame, sender };
}

function fakeHandlers() {
  const openExternal = vi.fn<IpcHandlers<FakeSender>['shell:open-external']>(() => ok(null));
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  const appendUpload = vi.fn<IpcHandlers<FakeSender>['files:append-upload']>(() => ok(null));
  const beginSave = vi.fn<IpcHandlers<FakeSender>['files:begin-save']>(() => ok({ token: TOKEN }));
  const setUpdates = vi.fn<IpcHandlers<FakeSender>['updates:set-settings']>((settings) =>
    ok(settings),
  );
  const handlers: IpcHandlers<FakeSender> = {
    'app:get-info': () =>
      ok({ name: 'Partner Workbook', version: '0.1.0', platform: 'linux', userDataPath: '/d' }),
    'app:confirm-flushed': () => ok(null),
    'shell:open-external': openExternal,
    'files:save-text': () => ok({ saved: false }),
    'files:open-text': () => {
      throw new Error('EACCES: permission denied, open /secret\n    at readFile (node:fs:1:1)');
    },
    'files:begin-save': beginSave,
    'files:append-upload': appendUpload,
    'files:commit-save': () => ok({ saved: true, path: '/d/a.partnerbook' }),
    'files:abort-upload': () => ok(null),
    'files:open-file': () => ok(null),
    'files:read-chunk': () => ok(new Uint8Array([123, 125])),
    'files:close-download': () => ok(null),
    'files:print-to-pdf': () => ok({ saved: false }),
    'files:claim-open-requests': () => ok(null),
    'backups:begin-backup': () => fail('no-space', 'The disk is full.'),
    'backups:commit-backup': () => fail('not-allowed', 'Not this window’s.'),
    'backups:list-backups': () => ok([]),
    'backups:read-backup': () => ok({ name: 'b.partnerbook', size: 2, token: TOKEN }),
    'updates:get-settings': () => ok({ enabled: false, feedUrl: '' }),
    'updates:set-settings': setUpdates,
    ...createClipboardHandlers<FakeSender>({ writeText }),
  };
  return { handlers, openExternal, writeText, appendUpload, beginSave, setUpdates };
}

function setup(devServerOrigin?: string) {
  const { handlers, openExternal, writeText, appendUpload, beginSave, setUpdates } = fakeHandlers();
  const logError = vi.fn<(channel: string, error: unknown) => void>();
  const dispatch = createIpcDispatcher(handlers, {
    trustedOrigins: trustedOrigins(devServerOrigin),
    logError,
  });
  return { dispatch, openExternal, writeText, appendUpload, beginSave, setUpdates, logError };
}

/** A small array that reports the given length, to test limits without allocating them. */
function bytesClaiming(byteLength: number): Uint8Array {
  return Object.defineProperty(new Uint8Array(1), 'byteLength', { value: byteLength });
}

describe('the IPC gate', () => {
  it('runs the handler for a valid request from the app window', async () => {
    const { dispatch, openExternal } = setup();
    const result = await dispatch('shell:open-external', eventFrom(topFrame), {
      url: 'https://example.com',
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://example.com' }, sender);
  });

  it('refuses channels that are not in the contract', async () => {
    const { dispatch } = setup();
    for (const channel of ['fs:read-file', 'constructor', '__proto__', 'toString', '']) {
      const error = errorOf(await dispatch(channel, eventFrom(topFrame), {}));
      expect(error.code).toBe('unknown-channel');
    }
  });

  it('refuses subframes, other origins and vanished frames', async () => {
    const { dispatch, openExternal } = setup();
    const frames: (SenderFrame | null)[] = [
      { parent: topFrame, url: 'app://workbook/index.html' },
      { parent: null, url: 'https://evil.example/' },
      { parent: null, url: 'file:///home/user/page.html' },
      { parent: null, url: 'app://workbook.evil.example/index.html' },
      { parent: null, url: 'http://localhost:5173/' },
      { parent: null, url: 'about:blank' },
      null,
    ];
    for (const frame of frames) {
      const error = errorOf(
        await dispatch('shell:open-external', eventFrom(frame), { url: 'https://example.com' }),
      );
      expect(error).toEqual({
        code: 'forbidden-sender',
        message:
          'The request was refused because it did not come from the Partner Workbook window.',
      });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('trusts the dev server top frame only in development', () => {
    const devFrame: SenderFrame = { parent: null, url: 'http://localhost:5173/' };
    expect(isTrustedSender(devFrame, trustedOrigins('http://localhost:5173'))).toBe(true);
    expect(isTrustedSender(devFrame, trustedOrigins())).toBe(false);
    expect(isTrustedSender(topFrame, trustedOrigins('http://localhost:5173'))).toBe(true);
  });

  it('refuses invalid arguments with a sentence that names the field', async () => {
    const { dispatch, openExternal } = setup();
    const wrongType = errorOf(
      await dispatch('shell:open-external', eventFrom(topFrame), { url: 42 }),
    );
    expect(wrongType.code).toBe('invalid-argument');
    expect(wrongType.message).toMatch(
      /^The request to shell:open-external was not valid \(url: .+\)\.$/,
    );

    const badName = errorOf(
      await dispatch('files:save-text', eventFrom(topFrame), {
        suggestedName: '../partners.csv',
        content: 'a',
        filters: [],
      }),
    );
    expect(badName.message).toBe(
      'The request to files:save-text was not valid (suggestedName: A file name cannot contain / \\ : * ? " < > |).',
    );

    const extraKey = errorOf(
      await dispatch('app:get-info', eventFrom(topFrame), { path: '/etc/passwd' }),
    );
    expect(extraKey.code).toBe('invalid-argument');

    const missing = errorOf(await dispatch('app:get-info', eventFrom(topFrame)));
    expect(missing.code).toBe('invalid-argument');

    const twoArgs = errorOf(await dispatch('app:get-info', eventFrom(topFrame), {}, {}));
    expect(twoArgs).toEqual({
      code: 'invalid-argument',
      message: 'The request to app:get-info takes one argument.',
    });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('copies text of up to the limit to the clipboard', async () => {
    const { dispatch, writeText } = setup();
    const text = 'Positioning, iteration 3\n\n**For** founders…';
    expect(await dispatch('clipboard:write-text', eventFrom(topFrame), { text })).toEqual({
      ok: true,
      value: null,
    });
    const longest = 'x'.repeat(MAX_CLIPBOARD_TEXT_CHARS);
    expect(await dispatch('clipboard:write-text', eventFrom(topFrame), { text: longest })).toEqual({
      ok: true,
      value: null,
    });
    expect(writeText.mock.calls).toEqual([[text], [longest]]);
  });

  it('refuses clipboard text that is not a string, too long or has company, writing nothing', async () => {
    const { dispatch, writeText } = setup();
    const invalid: unknown[] = [
      { text: 42 },
      { text: null },
      { text: ['a'] },
      {},
      'just a string',
      { text: 'x'.repeat(MAX_CLIPBOARD_TEXT_CHARS + 1) },
      { text: 'a', format: 'html' },
    ];
    for (const arg of invalid) {
      const error = errorOf(await dispatch('clipboard:write-text', eventFrom(topFrame), arg));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toMatch(/^The request to clipboard:write-text was not valid \(.+\)\.$/);
    }
    const tooLong = errorOf(
      await dispatch('clipboard:write-text', eventFrom(topFrame), {
        text: 'x'.repeat(MAX_CLIPBOARD_TEXT_CHARS + 1),
      }),
    );
    expect(tooLong.message).toBe(
      'The request to clipboard:write-text was not valid (text: The text is too long to copy).',
    );
    const forbidden = errorOf(
      await dispatch('clipboard:write-text', eventFrom({ parent: topFrame, url: topFrame.url }), {
        text: 'a',
      }),
    );
    expect(forbidden.code).toBe('forbidden-sender');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('accepts a piece as a Uint8Array or a Buffer, up to the piece limit', async () => {
    const { dispatch, appendUpload } = setup();
    const valid = [
      new Uint8Array([1, 2, 3]),
      Buffer.from('{}'),
      bytesClaiming(MAX_IPC_CHUNK_BYTES),
    ];
    for (const bytes of valid) {
      const arg = { token: TOKEN, bytes };
      expect(await dispatch('files:append-upload', eventFrom(topFrame), arg)).toEqual(ok(null));
    }
    expect(appendUpload).toHaveBeenCalledTimes(3);
    expect(appendUpload.mock.calls[0]?.[0]).toEqual({
      token: TOKEN,
      bytes: new Uint8Array([1, 2, 3]),
    });
  });

  it('refuses a piece of another type, over the piece limit, or without a token of ours', async () => {
    const { dispatch, appendUpload } = setup();
    const base = { token: TOKEN, bytes: new Uint8Array(1) };
    const invalid: unknown[] = [
      { ...base, bytes: 'text' },
      { ...base, bytes: [123, 125] },
      { ...base, bytes: { 0: 123, length: 1, byteLength: 1 } },
      { ...base, bytes: new Uint16Array(1) },
      { ...base, bytes: new ArrayBuffer(1) },
      { ...base, bytes: new DataView(new ArrayBuffer(1)) },
      { ...base, bytes: undefined },
      { ...base, token: '../../.bashrc' },
      { ...base, token: '' },
      { bytes: base.bytes },
      { ...base, path: '/etc/passwd' },
    ];
    for (const arg of invalid) {
      const error = errorOf(await dispatch('files:append-upload', eventFrom(topFrame), arg));
      expect(error.code).toBe('invalid-argument');
    }
    const tooLarge = errorOf(
      await dispatch('files:append-upload', eventFrom(topFrame), {
        ...base,
        bytes: bytesClaiming(MAX_IPC_CHUNK_BYTES + 1),
      }),
    );
    expect(tooLarge).toEqual({
      code: 'invalid-argument',
      message:
        'The request to files:append-upload was not valid (bytes: A piece of a file holds at most 32 MiB).',
    });
    expect(appendUpload).not.toHaveBeenCalled();
  });

  it('begins a save of up to MAX_TRANSFER_BYTES, never with a path for a name', async () => {
    const { dispatch, beginSave } = setup();
    const base = { suggestedName: 'EMEA.partnerbook', filters: [], size: 2 };
    for (const size of [0, MAX_TRANSFER_BYTES]) {
      expect(await dispatch('files:begin-save', eventFrom(topFrame), { ...base, size })).toEqual(
        ok({ token: TOKEN }),
      );
    }
    const invalid: unknown[] = [
      { ...base, size: -1 },
      { ...base, size: 1.5 },
      { ...base, size: '2' },
      { suggestedName: 'EMEA.partnerbook', filters: [] },
      { ...base, suggestedName: '../../.bashrc' },
      { ...base, suggestedName: '' },
      { ...base, filters: [{ name: 'All', extensions: ['.partnerbook'] }] },
      { ...base, path: '/etc/passwd' },
    ];
    for (const arg of invalid) {
      const error = errorOf(await dispatch('files:begin-save', eventFrom(topFrame), arg));
      expect(error.code).toBe('invalid-argument');
    }
    expect(
      errorOf(
        await dispatch('files:begin-save', eventFrom(topFrame), {
          ...base,
          size: MAX_TRANSFER_BYTES + 1,
        }),
      ),
    ).toEqual({
      code: 'invalid-argument',
      message:
        'The request to files:begin-save was not valid (size: The file is larger than 4,096 MiB, more than Partner Workbook saves).',
    });
    expect(beginSave).toHaveBeenCalledTimes(2);
  });

  it('validates the other new file channels', async () => {
    const { dispatch } = setup();
    const cases: [string, unknown, boolean][] = [
      ['files:open-file', { filters: [{ name: 'CSV', extensions: ['csv'] }] }, true],
      ['files:open-file', { filters: [], path: '/etc/passwd' }, false],
      ['files:open-file', {}, false],
      ['files:print-to-pdf', { suggestedName: 'Acme brief' }, true],
      ['files:print-to-pdf', { suggestedName: 'C:\\Windows\\evil.pdf' }, false],
      ['files:print-to-pdf', { suggestedName: 'a', landscape: true }, false],
      ['files:claim-open-requests', {}, true],
      ['files:claim-open-requests', { path: '/etc/passwd' }, false],
      ['files:read-chunk', { token: TOKEN, offset: 0 }, true],
      ['files:read-chunk', { token: TOKEN, offset: MAX_TRANSFER_BYTES }, true],
      ['files:read-chunk', { token: TOKEN, offset: -1 }, false],
      ['files:read-chunk', { token: TOKEN, offset: MAX_TRANSFER_BYTES + 1 }, false],
      ['files:read-chunk', { token: TOKEN, offset: 0, length: 1e9 }, false],
      ['files:read-chunk', { token: 'not-a-token', offset: 0 }, false],
      ['files:close-download', { token: TOKEN }, true],
      ['files:close-download', { token: 'not-a-token' }, false],
      ['files:close-download', { token: TOKEN, path: '/etc/passwd' }, false],
      ['files:commit-save', { token: TOKEN }, true],
      ['files:commit-save', { token: TOKEN.toUpperCase().replace(/-/g, '') }, false],
      ['files:abort-upload', { token: TOKEN }, true],
      ['files:abort-upload', {}, false],
    ];
    for (const [channel, arg, valid] of cases) {
      const result = await dispatch(channel, eventFrom(topFrame), arg);
      expect(result.ok, `${channel} ${JSON.stringify(arg)}`).toBe(valid);
    }
    const forbidden = errorOf(
      await dispatch(
        'files:claim-open-requests',
        eventFrom({ parent: null, url: 'https://x.example/' }),
        {},
      ),
    );
    expect(forbidden.code).toBe('forbidden-sender');
  });

  it('moves every workbook file the app saves, in pieces far below the size Electron crashes at', () => {
    expect(MAX_TRANSFER_BYTES).toBe(MAX_PARTNERBOOK_BYTES);
    // Even grown fourfold by the serializer, a piece's message stays below 2^29 bytes.
    expect(MAX_IPC_CHUNK_BYTES * 4).toBeLessThan(2 ** 29);
    expect(MAX_IPC_CHUNK_BYTES).toBeLessThanOrEqual(64 * 1024 * 1024);
  });

  it('turns a thrown error into an internal error without its message or stack', async () => {
    const { dispatch, logError } = setup();
    const error = errorOf(await dispatch('files:open-text', eventFrom(topFrame), { filters: [] }));
    expect(error).toEqual({
      code: 'internal',
      message:
        'Something went wrong in Partner Workbook while handling files:open-text. Please try again.',
    });
    expect(error.message).not.toMatch(/EACCES|secret|node:fs|\bat\b/);
    expect(logError).toHaveBeenCalledWith('files:open-text', expect.any(Error));
  });

  it('passes handler failures through unchanged', async () => {
    const { handlers } = fakeHandlers();
    const dispatch = createIpcDispatcher(
      { ...handlers, 'shell:open-external': () => fail('not-allowed', 'Only web links.') },
      { trustedOrigins: trustedOrigins() },
    );
    const result = await dispatch('shell:open-external', eventFrom(topFrame), { url: 'x:y' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-allowed', message: 'Only web links.' },
    });
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, each behind the gate', async () => {
    const listeners = new Map<string, Parameters<IpcMainRegistrar<FakeSender>['handle']>[1]>();
    const ipcMain: IpcMainRegistrar<FakeSender> = {
      handle: (channel, listener) => {
        listeners.set(channel, listener);
      },
    };
    registerIpcHandlers(ipcMain, fakeHandlers().handlers, { trustedOrigins: trustedOrigins() });

    expect([...listeners.keys()].sort()).toEqual(Object.keys(ipcArgs).sort());
    const getInfo = listeners.get('app:get-info');
    expect(await getInfo?.(eventFrom(topFrame), {})).toMatchObject({ ok: true });
    expect(await getInfo?.(eventFrom({ parent: topFrame, url: topFrame.url }), {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('requires a handler of the right type for every channel', () => {
    type Handlers = IpcHandlers<FakeSender>;
    expectTypeOf<Omit<Handlers, 'files:open-text'>>().not.toExtend<Handlers>();
    expectTypeOf<
      Omit<Handlers, 'app:get-info'> & { 'app:get-info': () => IpcResult<string> }
    >().not.toExtend<Handlers>();
    expectTypeOf<Parameters<Handlers['shell:open-external']>[0]>().toEqualTypeOf<{ url: string }>();
    expectTypeOf<Parameters<Handlers['clipboard:write-text']>[0]>().toEqualTypeOf<{
      text: string;
    }>();
    // Callers may pass any Uint8Array, whatever buffer it is a view of.
    expectTypeOf<IpcArgs<'files:append-upload'>['bytes']>().toEqualTypeOf<Uint8Array>();
  });
});
