import { describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../shared/ipc/contract';
import { createAppHandlers } from './app-handlers';

interface FakeSender {
  id: number;
}

const info: AppInfo = {
  name: 'Partner Workbook',
  version: '0.1.0',
  platform: 'darwin',
  userDataPath: '/Users/ana/Library/Application Support/Partner Workbook',
};

function setup() {
  const confirmFlushed = vi.fn<(sender: FakeSender) => void>();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const handlers = createAppHandlers<FakeSender>({
    appInfo: () => info,
    confirmFlushed,
    openExternal,
  });
  return { handlers, confirmFlushed, openExternal };
}

describe('app handlers', () => {
  it('answers app:get-info with the app facts', async () => {
    const { handlers } = setup();
    expect(await handlers['app:get-info']({}, { id: 1 })).toEqual({ ok: true, value: info });
  });

  it('passes app:confirm-flushed on with the window that sent it', async () => {
    const { handlers, confirmFlushed } = setup();
    const sender = { id: 3 };
    expect(await handlers['app:confirm-flushed']({}, sender)).toEqual({ ok: true, value: null });
    expect(confirmFlushed).toHaveBeenCalledWith(sender);
  });

  it('opens http(s) links in the browser', async () => {
    const { handlers, openExternal } = setup();
    const result = await handlers['shell:open-external'](
      { url: 'HTTPS://Example.com/a b' },
      { id: 1 },
    );
    expect(result).toEqual({ ok: true, value: null });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
  });

  it('refuses every other kind of link as not-allowed', async () => {
    const { handlers, openExternal } = setup();
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'app://workbook/index.html',
      'smb://server/share',
      'not a url',
    ]) {
      expect(await handlers['shell:open-external']({ url }, { id: 1 })).toEqual({
        ok: false,
        error: {
          code: 'not-allowed',
          message: 'Only web links (http or https) can be opened in the browser.',
        },
      });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a browser that cannot be started as io-error', async () => {
    const { handlers, openExternal } = setup();
    openExternal.mockRejectedValueOnce(new Error('xdg-open: not found'));
    expect(
      await handlers['shell:open-external']({ url: 'https://example.com' }, { id: 1 }),
    ).toEqual({
      ok: false,
      error: { code: 'io-error', message: 'The link could not be opened in your browser.' },
    });
  });
});
