import type { IpcResult } from '../../../shared/ipc/contract';

/** The value of a result a test expects to succeed; throws with the error's message otherwise. */
export function valueOf<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.message}`);
  return result.value;
}

/** The error of a result a test expects to fail. */
export function errorOf(result: IpcResult<unknown>) {
  if (result.ok) throw new Error('expected a failed result');
  return result.error;
}
