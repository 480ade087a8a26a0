// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from './browser-host';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
  document.body.replaceChildren();
});

/** Records the downloads the page starts, with what each link pointed at. */
function watchDownloads() {
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no object URLs; these stand in for them.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${String(next++)}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  const downloads: { name: string; blob: Blob | undefined }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) });
  });
  return downloads;
}

/** Answers the next file picker with the file (or a cancel), recording what it accepted. */
function answerPicker(file: File | null) {
  const accepted: string[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    accepted.push(this.accept);
    if (file === null) {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { value: [file] });
    this.dispatchEvent(new Event('change'));
  });
  return accepted;
}

describe('the browser host files', () => {
  it('downloads bytes under the suggested name, unchanged', async () => {
    const downloads = watchDownloads();
    const bytes = new Uint8Array([0x7b, 0x00, 0xff, 0x7d]);
    await expect(
      createBrowserHost().saveBytes({
        suggestedName: 'EMEA.partnerbook',
        parts: [bytes],
        filters: [],
      }),
    ).resolves.toEqual({ saved: true });
    expect(downloads.map((d) => d.name)).toEqual(['EMEA.partnerbook']);
    const saved = new Uint8Array((await downloads[0]?.blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect(saved).toEqual(bytes);
  });

  it('downloads the parts as one Blob, in order', async () => {
    const downloads = watchDownloads();
    // A multi-byte character split between two parts, as fixed-size chunks may split one.
    const parts = [new Uint8Array([0x7b, 0x22, 0xc3]), new Uint8Array([0xa9, 0x22, 0x7d])];
    await createBrowserHost().saveBytes({ suggestedName: 'EMEA.partnerbook', parts, filters: [] });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.blob?.size).toBe(6);
    expect(await downloads[0]?.blob?.text()).toBe('{"é"}');
  });

  it('downloads only the viewed part of a larger buffer', async () => {
    const downloads = watchDownloads();
    const bytes = new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 3);
    await createBrowserHost().saveBytes({ suggestedName: 'a.bin', parts: [bytes], filters: [] });
    expect(downloads[0]?.blob?.size).toBe(2);
  });

  it('opens a file with the picker and hands back the File itself', async () => {
    const file = new File(['name\nAcme\n'], 'partners.csv', { type: 'text/csv' });
    const accepted = answerPicker(file);
    const opened = await createBrowserHost().openFile({
      filters: [
        { name: 'CSV', extensions: ['csv'] },
        { name: 'Excel', extensions: ['xlsx'] },
      ],
    });
    expect(accepted).toEqual(['.csv,.xlsx']);
    expect(opened?.name).toBe('partners.csv');
    expect(opened?.data).toBe(file);
  });

  it('resolves to null when the picker is cancelled', async () => {
    answerPicker(null);
    await expect(createBrowserHost().openFile({ filters: [] })).resolves.toBeNull();
  });

  it('is never asked to open files by the system', () => {
    const listener = vi.fn();
    const unsubscribe = createBrowserHost().onFileOpenRequested(listener);
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });

  it('prints to PDF through the print dialog, not knowing whether it was saved', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await expect(createBrowserHost().printToPdf({ suggestedName: 'Acme' })).resolves.toEqual({
      saved: false,
    });
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('the browser host before the tab closes', () => {
  /** Fires beforeunload as the browser does when the tab is closed; true when asked to stay. */
  const closeTab = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks the user to stay while a write is pending, and starts saving it meanwhile', () => {
    let pending = true;
    const flush = vi.fn(() => {
      pending = false;
      return Promise.resolve();
    });
    const stop = createBrowserHost().onBeforeClose(flush, () => pending);
    expect(closeTab()).toBe(true);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(closeTab()).toBe(false);
    expect(flush).toHaveBeenCalledTimes(1);
    stop();
  });

  it('lets the tab go when nothing is pending or nobody listens any more', () => {
    const flush = vi.fn(() => Promise.resolve());
    const stopIdle = createBrowserHost().onBeforeClose(flush, () => false);
    expect(closeTab()).toBe(false);
    stopIdle();
    const stop = createBrowserHost().onBeforeClose(flush, () => true);
    stop();
    expect(closeTab()).toBe(false);
    expect(flush).not.toHaveBeenCalled();
  });

  it('flushes when the page is hidden', () => {
    const flush = vi.fn(() => Promise.resolve());
    const stop = createBrowserHost().onBeforeClose(flush);
    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(1);
    stop();
  });
});
