import type { IpcResult } from '../../../shared/ipc/contract';
import { HostError } from './host';

/** The value of a bridge call's result; its error as a HostError (already worded for people). */
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}
