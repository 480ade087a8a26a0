/**
 * Hostile IPC, channel by channel: what a compromised page could send main through the bridge.
 * Every probe must come back as an { ok: false, error: { code, message } } result without the
 * channel's handler running; each channel also gets one valid call, so a probe that is refused
 * for the wrong reason (a broken fixture) shows up as a failure rather than a pass.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  ipcArgs,
  MAX_CLIPBOARD_TEXT_CHARS,
  MAX_IPC_CHUNK_BYTES,
  MAX_IPC_FILE_CHARS,
  MAX_TRANSFER_BYTES,
  type IpcChannel,
  type IpcResult,
} from '../../../shared/ipc/contract';
import { MAX_FEED_URL_CHARS } from '../../../shared/ipc/update-feed';
import { trustedOrigins } from '../app-origin';
import { windowOpenHandler } from '../security';
import { createAppHandlers } from './app-handlers';
import { createIpcDispatcher, ok, type IpcHandlers, type SenderFrame } from './register';

const sender = { id: 1 };
const topFrame: SenderFrame = { parent: null, url: 'app://workbook/index.html' };
const fromTop = { sender, senderFrame: topFrame };
const WORKBOOK = '10000000-0000-4000-8000-000000000001';
const filters = [{ name: 'Partner Workbook file', extensions: ['partnerbook'] }];
const TOKEN = '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** A small array that reports the given length, to probe limits without allocating them. */
function bytesClaiming(byteLength: number): Uint8Array {
  return Object.defineProperty(new Uint8Array(1), 'byteLength', { value: byteLength });
}

/** A distinct name of letters only for each number (0 → a, 25 → z, 26 → ba…), as table names are. */
function lettersFor(n: number): string {
  return n < 26 ? String.fromCharCode(97 + n) : lettersFor(Math.floor(n / 26)) + lettersFor(n % 26);
}

const backup = {
  workbookId: WORKBOOK,
  workbookName: 'EMEA',
  counts: { partners: 3 },
  reason: 'quit',
  size: 2,
};

/** For each channel: a valid argument, and arguments over one of its size limits. */
const PROBES: { readonly [C in IpcChannel]: { valid: unknown; oversize: unknown[] } } = {
  'app:get-info': { valid: {}, oversize: [{ padding: 'x'.repeat(1_000_000) }] },
  'app:confirm-flushed': { valid: {}, oversize: [{ padding: 'x'.repeat(1_000_000) }] },
  'shell:open-external': {
    valid: { url: 'https://example.com/' },
    oversize: [{ url: `https://example.com/${'a'.repeat(2048)}` }],
  },
  'files:save-text': {
    valid: { suggestedName: 'a.csv', content: 'a,b', filters },
    oversize: [
      { suggestedName: 'a.csv', content: 'x'.repeat(MAX_IPC_FILE_CHARS + 1), filters },
      { suggestedName: `${'a'.repeat(256)}.csv`, content: '', filters },
      {
        suggestedName: 'a.csv',
        content: '',
        filters: Array.from({ length: 11 }, () => filters[0]),
      },
    ],
  },
  'files:open-text': {
    valid: { filters },
    oversize: [{ filters: [{ name: 'x'.repeat(101), extensions: ['csv'] }] }],
  },
  'files:begin-save': {
    valid: { suggestedName: 'a.partnerbook', filters, size: 2 },
    oversize: [
      { suggestedName: 'a.partnerbook', filters, size: MAX_TRANSFER_BYTES + 1 },
      { suggestedName: `${'a'.repeat(256)}.partnerbook`, filters, size: 2 },
    ],
  },
  'files:append-upload': {
    valid: { token: TOKEN, bytes: new Uint8Array(2) },
    oversize: [
      { token: TOKEN, bytes: bytesClaiming(MAX_IPC_CHUNK_BYTES + 1) },
      { token: TOKEN.repeat(1000), bytes: new Uint8Array(2) },
    ],
  },
  'files:commit-save': {
    valid: { token: TOKEN },
    oversize: [{ token: `${TOKEN}${'0'.repeat(10_000)}` }],
  },
  'files:abort-upload': {
    valid: { token: TOKEN },
    oversize: [{ token: `${TOKEN}${'0'.repeat(10_000)}` }],
  },
  'files:open-file': {
    valid: { filters },
    oversize: [{ filters: [{ name: 'All', extensions: Array.from({ length: 21 }, () => 'a') }] }],
  },
  'files:read-chunk': {
    valid: { token: TOKEN, offset: 0 },
    oversize: [
      { token: TOKEN, offset: MAX_TRANSFER_BYTES + 1 },
      { token: `${TOKEN}${'0'.repeat(10_000)}`, offset: 0 },
    ],
  },
  'files:close-download': {
    valid: { token: TOKEN },
    oversize: [{ token: `${TOKEN}${'0'.repeat(10_000)}` }],
  },
  'files:print-to-pdf': {
    valid: { suggestedName: 'Acme brief' },
    oversize: [{ suggestedName: 'b'.repeat(256) }],
  },
  'files:claim-open-requests': { valid: {}, oversize: [{ padding: 'x'.repeat(1_000_000) }] },
  'backups:begin-backup': {
    valid: backup,
    oversize: [
      { ...backup, size: MAX_TRANSFER_BYTES + 1 },
      { ...backup, workbookName: 'w'.repeat(201) },
      {
        ...backup,
        counts: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [lettersFor(i), 1])),
      },
    ],
  },
  'backups:commit-backup': {
    valid: { token: TOKEN },
    oversize: [{ token: `${TOKEN}${'0'.repeat(10_000)}` }],
  },
  'backups:list-backups': {
    valid: { workbookId: WORKBOOK },
    oversize: [{ workbookId: WORKBOOK.repeat(1000) }],
  },
  'backups:read-backup': {
    valid: { id: `${WORKBOOK}--20261129T080000000Z` },
    oversize: [{ id: `${WORKBOOK}--20261129T080000000Z${'0'.repeat(10_000)}` }],
  },
  'updates:get-settings': { valid: {}, oversize: [{ padding: 'x'.repeat(1_000_000) }] },
  'updates:set-settings': {
    valid: { enabled: true, feedUrl: 'https://updates.example/pw/' },
    oversize: [
      { enabled: true, feedUrl: `https://updates.example/${'a'.repeat(MAX_FEED_URL_CHARS)}` },
    ],
  },
  'clipboard:write-text': {
    valid: { text: 'hello' },
    oversize: [{ text: 'x'.repeat(MAX_CLIPBOARD_TEXT_CHARS + 1) }],
  },
};

const CHANNELS = Object.keys(ipcArgs) as IpcChannel[];

/** A handler for every channel that only records that it ran. */
function spyHandlers() {
  const spies = new Map<string, ReturnType<typeof vi.fn>>();
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => {
      const spy = vi.fn(() => ok(null));
      spies.set(channel, spy);
      return [channel, spy];
    }),
  ) as unknown as IpcHandlers<typeof sender>;
  const dispatch = createIpcDispatcher(handlers, { trustedOrigins: trustedOrigins() });
  const calls = () => [...spies.values()].reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  return { handlers, dispatch, calls };
}

function expectRefused(result: IpcResult<unknown>, code: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(/^[A-Z].+\.$/);
  expect(result.error.message).not.toMatch(/\bat .+:\d+:\d+|node:internal|Error:/);
}

describe('IPC probes: every channel', () => {
  it('has a probe for every channel of the contract', () => {
    expect(Object.keys(PROBES).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)(
    '%s: runs its handler for a valid argument from the app window',
    async (channel) => {
      const { dispatch, calls } = spyHandlers();
      expect(await dispatch(channel, fromTop, PROBES[channel].valid)).toEqual(ok(null));
      expect(calls()).toBe(1);
    },
  );

  it.each(CHANNELS)('%s: refuses arguments of the wrong type', async (channel) => {
    const { dispatch, calls } = spyHandlers();
    const wrong: unknown[] = [
      undefined,
      null,
      42,
      'text',
      true,
      [],
      [PROBES[channel].valid],
      () => 1,
    ];
    for (const arg of wrong)
      expectRefused(await dispatch(channel, fromTop, arg), 'invalid-argument');
    expectRefused(
      await dispatch(channel, fromTop, PROBES[channel].valid, PROBES[channel].valid),
      'invalid-argument',
    );
    expectRefused(
      await dispatch(channel, fromTop, { ...(PROBES[channel].valid as object), extra: 1 }),
      'invalid-argument',
    );
    expect(calls()).toBe(0);
  });

  it.each(CHANNELS)('%s: refuses oversize arguments', async (channel) => {
    const { dispatch, calls } = spyHandlers();
    for (const arg of PROBES[channel].oversize) {
      expectRefused(await dispatch(channel, fromTop, arg), 'invalid-argument');
    }
    expect(calls()).toBe(0);
  });

  it.each(CHANNELS)('%s: refuses calls from any frame but the app top frame', async (channel) => {
    const { dispatch, calls } = spyHandlers();
    const frames: (SenderFrame | null)[] = [
      { parent: topFrame, url: 'app://workbook/index.html' },
      { parent: { parent: topFrame }, url: 'app://workbook/frame.html' },
      { parent: topFrame, url: 'https://evil.example/' },
      { parent: null, url: 'https://evil.example/' },
      { parent: null, url: 'file:///home/ana/evil.html' },
      { parent: null, url: 'data:text/html,<script>1</script>' },
      { parent: null, url: 'app://evil/index.html' },
      { parent: null, url: 'not a url' },
      null,
    ];
    for (const senderFrame of frames) {
      expectRefused(
        await dispatch(channel, { sender, senderFrame }, PROBES[channel].valid),
        'forbidden-sender',
      );
    }
    expect(calls()).toBe(0);
  });
});

describe('IPC probes: unknown channels', () => {
  it('refuses channels outside the contract without running anything', async () => {
    const { dispatch, calls } = spyHandlers();
    const unknown = [
      'fs:read-file',
      'shell:open-path',
      'app:get-info ',
      'APP:GET-INFO',
      'hasOwnProperty',
      'constructor',
      '__proto__',
      'prototype',
      '',
    ];
    for (const channel of unknown) {
      expectRefused(await dispatch(channel, fromTop, {}), 'unknown-channel');
    }
    expect(calls()).toBe(0);
  });
});

const HOSTILE_LINKS = [
  'file:///etc/passwd',
  'FILE://c:/Windows/System32/calc.exe',
  'javascript:alert(document.domain)',
  ' javascript:alert(1)',
  'jAvAsCrIpT:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'https://user:secret@example.com/',
  'https://user@example.com/',
  'http://:secret@example.com/',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic',
  'app://workbook/index.html',
];

describe('IPC probes: shell.openExternal', () => {
  it('refuses file:, javascript:, data: and credential-bearing links, never opening them', async () => {
    const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    const app = createAppHandlers<typeof sender>({
      appInfo: () => ({
        name: 'Partner Workbook',
        version: '0',
        platform: 'linux',
        userDataPath: '/d',
      }),
      confirmFlushed: () => undefined,
      openExternal,
    });
    const handlers = { ...spyHandlers().handlers, ...app };
    const dispatch = createIpcDispatcher(handlers, { trustedOrigins: trustedOrigins() });
    for (const url of HOSTILE_LINKS) {
      const result = await dispatch('shell:open-external', fromTop, { url });
      expectRefused(result, 'not-allowed');
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(
      await dispatch('shell:open-external', fromTop, { url: 'https://example.com/a' }),
    ).toEqual(ok(null));
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a');
  });

  it('never hands the same links to the browser from window.open or target=_blank', () => {
    const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    const handler = windowOpenHandler({
      trustedOrigins: trustedOrigins(),
      openExternal,
      warn: () => undefined,
    });
    for (const url of HOSTILE_LINKS) expect(handler({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
