/** What every bridge call answers: errors travel as data, never as exceptions (they lose all but `message` over IPC). */
export type BridgeError = { code: BridgeErrorCode; message: string; details?: unknown };
export type BridgeErrorCode =
  | 'unauthorized'
  | 'unknown-channel'
  | 'invalid-arguments'
  | 'invalid-result'
  | 'not-available'
  | 'not-allowed'
  | 'not-found'
  | 'storage-full'
  | 'busy'
  | 'cancelled'
  | 'failed';

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): BridgeResult<T> => ({ ok: true, value });
export const fail = (code: BridgeErrorCode, message: string, details?: unknown): BridgeResult<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** A handler signals an expected failure by throwing this; anything else becomes a generic 'failed'. */
export class BridgeFailure extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'BridgeFailure';
  }
}
