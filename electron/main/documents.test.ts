import { describe, expect, it, vi } from 'vitest';
import { MAX_TRANSFER_BYTES } from '../../shared/ipc/contract';
import { createDocuments, type DocumentsDeps } from './documents';
import { MemoryFileSystem } from './file-system-test-kit';
import type { OpenRequestReceiver } from './open-requests';
import type { RecentFilesStorage } from './recent-files';
import { Downloads } from './transfers/downloads';

class FakeWebContents implements OpenRequestReceiver {
  readonly id = 3;
  readonly sent: [string, unknown[]][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, args]);
  }
  isDestroyed(): boolean {
    return false;
  }
}

function setup(platform: NodeJS.Platform = 'win32') {
  const fs = new MemoryFileSystem();
  const storage: RecentFilesStorage = {
    read: () => Promise.resolve(undefined),
    write: () => Promise.resolve(),
    exists: (filePath) => Promise.resolve(fs.files.has(filePath)),
    warn: () => undefined,
  };
  const downloads = new Downloads({ fs, newToken: () => 'token-1' });
  const deps = {
    platform,
    downloads,
    recentFilesStorage: storage,
    showError: vi.fn<DocumentsDeps['showError']>(),
    addRecentDocument: vi.fn<DocumentsDeps['addRecentDocument']>(),
    clearRecentDocuments: vi.fn<DocumentsDeps['clearRecentDocuments']>(),
    showWindow: vi.fn<DocumentsDeps['showWindow']>(),
  } satisfies DocumentsDeps;
  const documents = createDocuments<FakeWebContents>(deps);
  return { documents, fs, deps, downloads };
}

const workbook = '/home/ana/EMEA.partnerbook';

describe('createDocuments', () => {
  it('opens a file from the system in the window once it listens, and lists it as recent', async () => {
    const { documents, fs, deps, downloads } = setup();
    fs.files.set(workbook, new TextEncoder().encode('{}'));
    documents.open([workbook]);
    expect(deps.showWindow).toHaveBeenCalledTimes(1);

    const contents = new FakeWebContents();
    documents.openRequests.claim(contents);
    await documents.openRequests.idle();
    expect(contents.sent).toEqual([
      ['files:open-requested', [{ name: 'EMEA.partnerbook', size: 2, token: 'token-1' }]],
    ]);
    // Opened for that window to read in pieces, and by it alone.
    expect(await downloads.read(3, 'token-1', 0)).toEqual({
      ok: true,
      value: new TextEncoder().encode('{}'),
    });
    expect(documents.recentFiles.list()).toEqual([workbook]);
    expect(deps.addRecentDocument).toHaveBeenCalledExactlyOnceWith(workbook);
  });

  it('opens nothing and shows nothing for an empty request', () => {
    const { documents, deps } = setup();
    documents.open([]);
    expect(deps.showWindow).not.toHaveBeenCalled();
  });

  it('tells the person about a recent file that is gone, and drops it from the list', async () => {
    const { documents, fs, deps } = setup();
    fs.files.set(workbook, new Uint8Array(1));
    documents.remember(workbook);
    fs.files.delete(workbook);
    documents.openRequests.claim(new FakeWebContents());
    documents.open([workbook]);
    await documents.openRequests.idle();
    expect(deps.showError).toHaveBeenCalledExactlyOnceWith(
      'The file could not be opened',
      'EMEA.partnerbook could not be opened because the folder or file no longer exists.',
    );
    await vi.waitFor(() => expect(documents.recentFiles.list()).toEqual([]));
  });

  it('refuses a file over the limit with a message, keeping it on the list', async () => {
    const { documents, fs, deps } = setup();
    fs.files.set(workbook, new Uint8Array(1));
    fs.reportedSize = MAX_TRANSFER_BYTES + 1;
    documents.remember(workbook);
    documents.openRequests.claim(new FakeWebContents());
    documents.open([workbook]);
    await documents.openRequests.idle();
    expect(deps.showError).toHaveBeenCalledWith(
      'The file could not be opened',
      'EMEA.partnerbook is 4096.0 MB; Partner Workbook opens files of up to 4096.0 MB.',
    );
    await documents.recentFiles.saved();
    expect(documents.recentFiles.list()).toEqual([workbook]);
  });

  it('remembers workbook files only, and uses the system list only where there is one', () => {
    const linux = setup('linux');
    linux.documents.remember('/home/ana/partners.csv');
    linux.documents.remember(workbook);
    expect(linux.documents.recentFiles.list()).toEqual([workbook]);
    expect(linux.deps.addRecentDocument).not.toHaveBeenCalled();
    linux.documents.clearRecent();
    expect(linux.documents.recentFiles.list()).toEqual([]);
    expect(linux.deps.clearRecentDocuments).not.toHaveBeenCalled();

    const mac = setup('darwin');
    mac.documents.remember('/Users/ana/brief.pdf');
    mac.documents.remember(workbook);
    expect(mac.deps.addRecentDocument.mock.calls).toEqual([[workbook]]);
    mac.documents.clearRecent();
    expect(mac.deps.clearRecentDocuments).toHaveBeenCalledTimes(1);
  });
});
