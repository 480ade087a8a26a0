/**
 * The browser storage the workbooks live in: asking that it be kept (persistent storage is not
 * cleared when the disk runs low), and checking that a large write fits before it starts, so a
 * full disk is reported up front instead of failing half way. IndexedDB keeps records in about
 * three times the bytes of their JSON, so a file needs that much room to open, merge or import.
 */

/** How many bytes of storage a file of this size needs to open as a workbook. */
export const ROOM_FACTOR = 3;

// A CSV row spells no field names; as JSON records the same values take about twice the bytes.
const CSV_TO_JSON = 2;
// An XLSX file is zipped XML: its values take about six times its size once unpacked as JSON.
const XLSX_TO_JSON = 6;

/**
 * About how many bytes of storage an import of this CSV or Excel file writes (an estimate from
 * its size, to refuse early when the disk is nearly full, not a measure).
 */
export function roomForImport(file: { name: string; size: number }): number {
  const toJson = /\.xlsx$/i.test(file.name) ? XLSX_TO_JSON : CSV_TO_JSON;
  return file.size * toJson * ROOM_FACTOR;
}

/** What the settings show about storage. */
export interface StorageState {
  /** Whether the browser keeps the data when space runs low; undefined where it cannot say. */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

const manager = (): StorageManagerLike | undefined =>
  typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;

/** Asks the browser to keep the app's data; resolves to its answer (undefined if it cannot). */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = manager(),
): Promise<boolean | undefined> {
  if (!storage) return undefined;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return undefined;
  }
}

/** Whether the data is kept, and how much room it takes of what the app may use. */
export async function storageState(
  storage: StorageManagerLike | undefined = manager(),
): Promise<StorageState> {
  if (!storage) return { persisted: undefined, usage: undefined, quota: undefined };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => undefined),
    storage.estimate().catch((): StorageEstimate => ({})),
  ]);
  return { persisted, usage: estimate.usage, quota: estimate.quota };
}

const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

/**
 * Rejects with a message fit for a person when a write of about `bytes` would not fit in what
 * the app may still use; resolves when it fits or the browser cannot say.
 */
export async function ensureRoomFor(
  bytes: number,
  what: string,
  storage: StorageManagerLike | undefined = manager(),
): Promise<void> {
  const { usage, quota } = await storageState(storage);
  if (usage === undefined || quota === undefined) return;
  const free = quota - usage;
  if (free >= bytes) return;
  throw new Error(
    `${what} needs about ${mb(bytes)} of disk space, and only ${mb(Math.max(0, free))} is free for Partner Workbook. Free some space on the disk and try again; nothing was changed.`,
  );
}
