import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { PARTNERBOOK_EXTENSION, PARTNERBOOK_MIME } from '../../shared/files/partnerbook/format';
import type { IpcError, IpcResult, OpenedFile } from '../../shared/ipc/contract';
import { OpenRequests, workbookFilesInArgv, type OpenRequestReceiver } from './open-requests';

/** A webContents as far as the queue sees it. */
class FakeReceiver implements OpenRequestReceiver {
  readonly sent: [string, unknown[]][] = [];
  destroyed = false;
  failSend = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.failSend) throw new Error('Render frame was disposed');
    this.sent.push([channel, args]);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  names(): unknown[] {
    return this.sent.map(([, [file]]) => (file as OpenedFile).name);
  }
}

function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

function setup(files: Record<string, string> = {}) {
  const read = vi.fn((filePath: string): Promise<IpcResult<OpenedFile>> =>
    Promise.resolve(
      filePath in files
        ? {
            ok: true,
            value: { name: path.basename(filePath), bytes: bytesOf(files[filePath] ?? '') },
          }
        : { ok: false, error: { code: 'io-error', message: `${filePath} is gone.` } },
    ),
  );
  const opened = vi.fn<(filePath: string) => void>();
  const failed = vi.fn<(filePath: string, error: IpcError) => void>();
  const queue = new OpenRequests<FakeReceiver>({ read, opened, failed });
  return { queue, read, opened, failed };
}

describe('OpenRequests', () => {
  it('keeps a file that arrives before the window is ready, and sends it once claimed', async () => {
    const { queue, read, opened } = setup({ '/d/EMEA.partnerbook': '{"format":1}' });
    queue.request(['/d/EMEA.partnerbook']);
    await queue.idle();
    // Nothing listens yet: nothing is read, nothing is lost.
    expect(read).not.toHaveBeenCalled();
    expect(queue.waiting()).toEqual(['/d/EMEA.partnerbook']);

    const window = new FakeReceiver();
    queue.claim(window);
    await queue.idle();
    expect(window.sent).toEqual([
      ['files:open-requested', [{ name: 'EMEA.partnerbook', bytes: bytesOf('{"format":1}') }]],
    ]);
    expect(opened).toHaveBeenCalledExactlyOnceWith('/d/EMEA.partnerbook');
    expect(queue.waiting()).toEqual([]);
  });

  it('sends later requests straight away, one at a time in order, without duplicates', async () => {
    const { queue } = setup({ '/d/a.partnerbook': 'a', '/d/b.partnerbook': 'b' });
    const window = new FakeReceiver();
    queue.claim(window);
    queue.request(['/d/a.partnerbook', '/d/b.partnerbook', '/d/a.partnerbook']);
    await queue.idle();
    expect(window.names()).toEqual(['a.partnerbook', 'b.partnerbook']);
  });

  it('reports a file that cannot be read, and goes on with the next', async () => {
    const { queue, failed, opened } = setup({ '/d/b.partnerbook': 'b' });
    const window = new FakeReceiver();
    queue.claim(window);
    queue.request(['/d/gone.partnerbook', '/d/b.partnerbook']);
    await queue.idle();
    expect(failed).toHaveBeenCalledExactlyOnceWith('/d/gone.partnerbook', {
      code: 'io-error',
      message: '/d/gone.partnerbook is gone.',
    });
    expect(opened).toHaveBeenCalledExactlyOnceWith('/d/b.partnerbook');
    expect(window.names()).toEqual(['b.partnerbook']);
  });

  it('waits again while the page reloads, and sends to the page that claims next', async () => {
    const { queue } = setup({ '/d/a.partnerbook': 'a' });
    const window = new FakeReceiver();
    queue.claim(window);
    queue.release(window);
    queue.request(['/d/a.partnerbook']);
    await queue.idle();
    expect(window.sent).toEqual([]);
    queue.claim(window);
    await queue.idle();
    expect(window.names()).toEqual(['a.partnerbook']);
  });

  it('keeps the file when the window is destroyed or the send fails', async () => {
    const { queue, opened } = setup({ '/d/a.partnerbook': 'a' });
    const closed = new FakeReceiver();
    queue.claim(closed);
    closed.destroyed = true;
    queue.request(['/d/a.partnerbook']);
    await queue.idle();

    const torn = new FakeReceiver();
    torn.failSend = true;
    queue.claim(torn);
    await queue.idle();
    expect(queue.waiting()).toEqual(['/d/a.partnerbook']);
    expect(opened).not.toHaveBeenCalled();

    const next = new FakeReceiver();
    queue.claim(next);
    await queue.idle();
    expect(next.names()).toEqual(['a.partnerbook']);
  });

  it('does not send to a page that went away while the file was read', async () => {
    const { queue, read } = setup({ '/d/a.partnerbook': 'a' });
    const first = new FakeReceiver();
    const second = new FakeReceiver();
    queue.claim(first);
    read.mockImplementationOnce(() => {
      queue.claim(second);
      return Promise.resolve({
        ok: true,
        value: { name: 'a.partnerbook', bytes: bytesOf('stale') },
      });
    });
    queue.request(['/d/a.partnerbook']);
    await queue.idle();
    expect(first.sent).toEqual([]);
    expect(second.sent).toEqual([
      ['files:open-requested', [{ name: 'a.partnerbook', bytes: bytesOf('a') }]],
    ]);
  });
});

describe('workbookFilesInArgv', () => {
  it('finds the workbook files after the executable, resolved against the working directory', () => {
    expect(
      workbookFilesInArgv(
        [
          '/opt/Partner Workbook/partner-workbook',
          '--no-sandbox',
          'EMEA.partnerbook',
          '/home/ana/Shared/Alliances.PARTNERBOOK',
          'notes.txt',
          '--original-process-start-time=13380000000000000',
        ],
        '/home/ana',
      ),
    ).toEqual(['/home/ana/EMEA.partnerbook', '/home/ana/Shared/Alliances.PARTNERBOOK']);
  });

  it('ignores the app folder in development and the executable itself', () => {
    expect(workbookFilesInArgv(['/usr/bin/electron', '.'], '/work')).toEqual([]);
    expect(workbookFilesInArgv(['/x/y.partnerbook'], '/work')).toEqual([]);
  });

  it('takes file:// URLs, as Linux desktop entries may pass them, and skips broken ones', () => {
    const file = '/home/ana/Team files/EMEA.partnerbook';
    expect(
      workbookFilesInArgv(['app', pathToFileURL(file).href, 'file://%zz.partnerbook'], '/'),
    ).toEqual([file]);
  });
});

describe('the packaged file association', () => {
  it('registers .partnerbook with the format’s MIME type, as main opens it', () => {
    const require = createRequire(import.meta.url);
    const config = require('../../build/electron-builder.config.cjs') as {
      fileAssociations?: unknown;
    };
    expect(config.fileAssociations).toEqual([
      {
        ext: PARTNERBOOK_EXTENSION,
        name: 'Partner Workbook file',
        description: 'Partner Workbook file',
        mimeType: PARTNERBOOK_MIME,
        role: 'Editor',
        rank: 'Owner',
      },
    ]);
    expect(workbookFilesInArgv(['app', `x.${PARTNERBOOK_EXTENSION}`], '/d')).toEqual([
      `/d/x.${PARTNERBOOK_EXTENSION}`,
    ]);
  });
});
