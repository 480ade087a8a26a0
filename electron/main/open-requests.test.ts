import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { PARTNERBOOK_EXTENSION, PARTNERBOOK_MIME } from '../../shared/files/partnerbook/format';
import type { FileDownload, IpcError, IpcResult } from '../../shared/ipc/contract';
import { OpenRequests, workbookFilesInArgv, type OpenRequestReceiver } from './open-requests';

let receivers = 0;

/** A webContents as far as the queue sees it. */
class FakeReceiver implements OpenRequestReceiver {
  readonly id = ++receivers;
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
    return this.sent.map(([, [file]]) => (file as FileDownload).name);
  }
}

// A file opened for a receiver: its token names the receiver, to tell whose it is.
function download(filePath: string, text: string, receiver: FakeReceiver): FileDownload {
  return { name: path.basename(filePath), size: text.length, token: `for-${String(receiver.id)}` };
}

function setup(files: Record<string, string> = {}) {
  const open = vi.fn((filePath: string, receiver: FakeReceiver): Promise<IpcResult<FileDownload>> =>
    Promise.resolve(
      filePath in files
        ? { ok: true, value: download(filePath, files[filePath] ?? '', receiver) }
        : { ok: false, error: { code: 'io-error', message: `${filePath} is gone.` } },
    ),
  );
  const discard = vi.fn<(file: FileDownload) => void>();
  const opened = vi.fn<(filePath: string) => void>();
  const failed = vi.fn<(filePath: string, error: IpcError) => void>();
  const queue = new OpenRequests<FakeReceiver>({ open, discard, opened, failed });
  return { queue, open, discard, opened, failed };
}

describe('OpenRequests', () => {
  it('keeps a file that arrives before the window is ready, and sends it once claimed', async () => {
    const { queue, open, opened } = setup({ '/d/EMEA.partnerbook': '{"format":1}' });
    queue.request(['/d/EMEA.partnerbook']);
    await queue.idle();
    // Nothing listens yet: nothing is opened, nothing is lost.
    expect(open).not.toHaveBeenCalled();
    expect(queue.waiting()).toEqual(['/d/EMEA.partnerbook']);

    const window = new FakeReceiver();
    queue.claim(window);
    await queue.idle();
    // Opened for that window to read, and announced to it.
    expect(open).toHaveBeenCalledExactlyOnceWith('/d/EMEA.partnerbook', window);
    expect(window.sent).toEqual([
      [
        'files:open-requested',
        [{ name: 'EMEA.partnerbook', size: 12, token: `for-${String(window.id)}` }],
      ],
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
    const { queue, opened, discard } = setup({ '/d/a.partnerbook': 'a' });
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
    // What was opened for the torn-down page is closed.
    expect(discard).toHaveBeenCalledExactlyOnceWith({
      name: 'a.partnerbook',
      size: 1,
      token: `for-${String(torn.id)}`,
    });

    const next = new FakeReceiver();
    queue.claim(next);
    await queue.idle();
    expect(next.names()).toEqual(['a.partnerbook']);
  });

  it('does not send to a page that went away while the file was opened, and closes it', async () => {
    const { queue, open, discard } = setup({ '/d/a.partnerbook': 'a' });
    const first = new FakeReceiver();
    const second = new FakeReceiver();
    queue.claim(first);
    const stale = download('/d/a.partnerbook', 'a', first);
    open.mockImplementationOnce(() => {
      queue.claim(second);
      return Promise.resolve({ ok: true, value: stale });
    });
    queue.request(['/d/a.partnerbook']);
    await queue.idle();
    expect(first.sent).toEqual([]);
    expect(discard).toHaveBeenCalledExactlyOnceWith(stale);
    expect(second.sent).toEqual([
      ['files:open-requested', [download('/d/a.partnerbook', 'a', second)]],
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
