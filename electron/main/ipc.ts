import { ipcMain } from 'electron';
import { IPC_INVOKE } from '@shared/bridge/contract';
import { dispatch, type HandlerMap } from '@shared/bridge/dispatch';
import { fail } from '@shared/bridge/result';
import { isTrustedSender } from './security';

export interface ElectronCallContext {
  shell: 'electron';
  frameUrl: string;
}

/** One IPC channel carries every bridge call; the sender's frame is checked before the payload is even parsed. */
export function registerBridge(handlers: HandlerMap<ElectronCallContext>, devServerUrl?: string): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, args: unknown) => {
    const frame = event.senderFrame;
    const frameUrl = frame?.url;
    if (!isTrustedSender(frame, devServerUrl))
      return fail('unauthorized', 'Bridge calls are accepted only from the app window');
    if (typeof channel !== 'string') return fail('unknown-channel', 'Channel name must be a string');
    return dispatch(handlers, channel, args, { shell: 'electron', frameUrl: frameUrl ?? '' });
  });
}
