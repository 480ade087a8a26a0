// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from './browser-host';
import type { PickedFile, PickedFileWriter, ShowSaveFilePicker } from './browser-save';

// Saving through the File System Access API's save dialog (window.showSaveFilePicker), faked.

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'showSaveFilePicker');
  Reflect.deleteProperty(navigator, 'userActivation');
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

const FILTERS = [{ name: 'Partner Workbook file', extensions: ['partnerbook'] }];

/** A chosen file on a fake disk: what is written to it, and what became of it. */
function fakeDisk(options: { failWrite?: number; sizeBefore?: number } = {}) {
  const log: string[] = [];
  const written: number[][] = [];
  // The file as the dialog left it: new (empty), or the one it replaces.
  let size = options.sizeBefore ?? 0;
  const writer: PickedFileWriter = {
    write: (data) => {
      if (written.length === options.failWrite) {
        log.push('write failed');
        return Promise.reject(new DOMException('Not enough space.', 'QuotaExceededError'));
      }
      written.push([...data]);
      log.push(`write ${String(data.byteLength)}`);
      return Promise.resolve();
    },
    close: () => {
      size = written.flat().length;
      log.push('close');
      return Promise.resolve();
    },
    abort: () => {
      log.push('abort');
      return Promise.resolve();
    },
  };
  const file: PickedFile = {
    createWritable: () => Promise.resolve(writer),
    getFile: () => Promise.resolve(new Blob([new Uint8Array(size)])),
    remove: () => {
      log.push('remove');
      return Promise.resolve();
    },
  };
  const picker = vi.fn<ShowSaveFilePicker>(() => Promise.resolve(file));
  Object.defineProperty(window, 'showSaveFilePicker', { configurable: true, value: picker });
  return { log, written, picker };
}

/** The click that started the save has expired (or not). */
function activation(isActive: boolean) {
  Object.defineProperty(navigator, 'userActivation', {
    configurable: true,
    value: { isActive, hasBeenActive: true },
  });
}

/** Counts the downloads the page starts instead. */
function watchDownloads() {
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:x' });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  const downloads: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
  return downloads;
}

const aborted = () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
const noGesture = () =>
  Promise.reject(
    new DOMException('Must be handling a user gesture to show a file picker.', 'SecurityError'),
  );

// A character split between two parts, the second a view into a larger buffer.
const parts = () => [
  new Uint8Array([0x7b, 0x22, 0xc3]),
  new Uint8Array([0, 0xa9, 0x22, 0x7d, 0]).subarray(1, 4),
];

const save = (askToSave?: () => Promise<boolean>) =>
  createBrowserHost().saveBytes({
    suggestedName: 'EMEA.partnerbook',
    parts: parts(),
    filters: FILTERS,
    askToSave,
  });

describe('the browser host saving with the save dialog', () => {
  it('writes the parts one at a time into the chosen file, then closes it', async () => {
    const { log, written, picker } = fakeDisk();
    const downloads = watchDownloads();
    await expect(save()).resolves.toEqual({ saved: true });
    expect(picker).toHaveBeenCalledExactlyOnceWith({
      suggestedName: 'EMEA.partnerbook',
      types: [
        {
          description: 'Partner Workbook file',
          accept: { 'application/octet-stream': ['.partnerbook'] },
        },
      ],
    });
    expect(log).toEqual(['write 3', 'write 3', 'close']);
    expect(written).toEqual([
      [0x7b, 0x22, 0xc3],
      [0xa9, 0x22, 0x7d],
    ]);
    expect(downloads).toEqual([]);
  });

  it('leaves an "All files" filter to the dialog itself', async () => {
    const { picker } = fakeDisk();
    await createBrowserHost().saveBytes({
      suggestedName: 'chart.png',
      parts: [new Uint8Array(1)],
      filters: [{ name: 'All files', extensions: ['*'] }],
    });
    expect(picker).toHaveBeenCalledWith({ suggestedName: 'chart.png', types: [] });
  });

  it('resolves to not saved when the dialog is cancelled, writing and downloading nothing', async () => {
    const { log, picker } = fakeDisk();
    picker.mockImplementationOnce(aborted);
    const downloads = watchDownloads();
    await expect(save()).resolves.toEqual({ saved: false });
    expect(log).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('aborts a write that fails, removes the empty file the dialog made, and says why', async () => {
    const { log } = fakeDisk({ failWrite: 1 });
    await expect(save()).rejects.toMatchObject({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be saved because the disk is full. Nothing was kept.',
    });
    expect(log).toEqual(['write 3', 'write failed', 'abort', 'remove']);
  });

  it('keeps the file a failed write would have replaced, as it was', async () => {
    const { log } = fakeDisk({ failWrite: 0, sizeBefore: 10 });
    await expect(save()).rejects.toMatchObject({ code: 'io-error' });
    expect(log).toEqual(['write failed', 'abort']);
  });
});

describe('the browser host saving after the click has expired', () => {
  it('asks for a fresh click, then opens the dialog', async () => {
    activation(false);
    const { log, picker } = fakeDisk();
    const askToSave = vi.fn(() => {
      expect(picker).not.toHaveBeenCalled();
      return Promise.resolve(true);
    });
    await expect(save(askToSave)).resolves.toEqual({ saved: true });
    expect(askToSave).toHaveBeenCalledTimes(1);
    expect(picker).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['write 3', 'write 3', 'close']);
  });

  it('saves nothing when the person does not click', async () => {
    activation(false);
    const { picker } = fakeDisk();
    const downloads = watchDownloads();
    await expect(save(() => Promise.resolve(false))).resolves.toEqual({ saved: false });
    expect(picker).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('downloads the file when it cannot ask for a click', async () => {
    activation(false);
    const { picker } = fakeDisk();
    const downloads = watchDownloads();
    await expect(save()).resolves.toEqual({ saved: true });
    expect(picker).not.toHaveBeenCalled();
    expect(downloads).toEqual(['EMEA.partnerbook']);
  });

  it('asks for a click when the dialog refuses to open without one, once', async () => {
    const { picker, log } = fakeDisk();
    picker.mockImplementationOnce(noGesture);
    const askToSave = vi.fn(() => Promise.resolve(true));
    await expect(save(askToSave)).resolves.toEqual({ saved: true });
    expect(askToSave).toHaveBeenCalledTimes(1);
    expect(picker).toHaveBeenCalledTimes(2);
    expect(log).toEqual(['write 3', 'write 3', 'close']);
    // Refused again after the click: the file is downloaded rather than lost.
    picker.mockImplementation(noGesture);
    const downloads = watchDownloads();
    await expect(save(askToSave)).resolves.toEqual({ saved: true });
    expect(askToSave).toHaveBeenCalledTimes(2);
    expect(downloads).toEqual(['EMEA.partnerbook']);
  });

  it('downloads the file when the dialog fails for another reason', async () => {
    const { picker } = fakeDisk();
    picker.mockImplementationOnce(() => Promise.reject(new TypeError('Bad accept type.')));
    const downloads = watchDownloads();
    await expect(save()).resolves.toEqual({ saved: true });
    expect(downloads).toEqual(['EMEA.partnerbook']);
  });
});
