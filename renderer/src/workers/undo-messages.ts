/**
 * The messages between the window and the undo worker, which undoes or redoes an import or a
 * merge (its changes packed: packed-changes.ts) in the workbook's database, so that the window's
 * main thread never stalls on it. The request is validated by the worker with zod; responses
 * come from our own worker and are checked with a cheap guard. What the undo touched comes back
 * as ids per table, for the window's change feed.
 */
import { z } from 'zod';
import type { Direction, Touched } from '../db/undo/apply-entry';

/** The one request: apply a packed entry one way in the named workbook database. */
export const undoRequestSchema = z.object({
  type: z.literal('apply'),
  dbName: z.string().min(1).max(200),
  label: z.string().max(2_000),
  direction: z.enum(['undo', 'redo']),
  packed: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});

/** A request to the undo worker. */
export interface UndoRequest {
  type: 'apply';
  dbName: string;
  label: string;
  direction: Direction;
  packed: Uint8Array;
}

/**
 * Ids per table, joined with newlines (ids never hold one), as a message carries a
 * {@link Touched}: one string per table is a copy to receive, where tens of thousands of strings
 * cost the window a long task to deserialize.
 */
export type TouchedList = [table: string, ids: string][];

/** Every message the worker sends back; `refused` carries the message for the user. */
export type UndoResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'applied'; touched: TouchedList; note?: string }
  | { type: 'refused'; message: string }
  | { type: 'failed'; message: string };

/** A {@link Touched} as a message carries it. */
export function listTouched(touched: Touched): TouchedList {
  return [...touched].map(([table, ids]) => [table, [...ids].join('\n')]);
}

/** The {@link Touched} a message carried. */
export function touchedOf(list: TouchedList): Touched {
  return new Map(list.map(([table, ids]) => [table, new Set(ids === '' ? [] : ids.split('\n'))]));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** True for a well-formed {@link UndoResponse} (the touched ids are trusted). */
export function isUndoResponse(value: unknown): value is UndoResponse {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'progress':
      return typeof value.done === 'number' && typeof value.total === 'number';
    case 'applied':
      return Array.isArray(value.touched);
    case 'refused':
    case 'failed':
      return typeof value.message === 'string';
    default:
      return false;
  }
}
