import type { Transaction } from 'dexie';

/** One numbered, append-only schema version: its store layout and the upgrade that gets there. */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs; a store set to null is dropped. */
  stores: Record<string, string | null>;
  /** Moves records written by the previous version into this version's shape. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
