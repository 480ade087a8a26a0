import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ipcArgs, MAX_CLIPBOARD_TEXT_CHARS, type IpcResult } from '../../../shared/ipc/contract';
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

interface FakeSender {
  id: number;
}

const sender: FakeSender = { id: 7 };
const topFrame: SenderFrame = { parent: null, url: 'app://workbook/index.html' };

function eventFrom(frame: SenderFrame | null): InvokeEvent<FakeSender> {
  return { senderFrame: frame, sender };
}

function fakeHandlers() {
  const openExternal = vi.fn<IpcHandlers<FakeSender>['shell:open-external']>(() => ok(null));
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  const handlers: IpcHandlers<FakeSender> = {
    'app:get-info': () =>
      ok({ name: 'Partner Workbook', version: '0.1.0', platform: 'linux', userDataPath: '/d' }),
    'app:confirm-flushed': () => ok(null),
    'shell:open-external': openExternal,
    'files:save-text': () => ok({ saved: false }),
    'files:open-text': () => {
      throw new Error('EACCES: permission denied, open /secret\n    at readFile (node:fs:1:1)');
    },
    ...createClipboardHandlers<FakeSender>({ writeText }),
  };
  return { handlers, openExternal, writeText };
}

function setup(devServerOrigin?: string) {
  const { handlers, openExternal, writeText } = fakeHandlers();
  const logError = vi.fn<(channel: string, error: unknown) => void>();
  const dispatch = createIpcDispatcher(handlers, {
    trustedOrigins: trustedOrigins(devServerOrigin),
    logError,
  });
  return { dispatch, openExternal, writeText, logError };
}

function errorOf(result: IpcResult<unknown>) {
  if (result.ok) throw new Error('expected a failed result');
  return result.error;
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
  });
});
