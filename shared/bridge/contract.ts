import type { z } from 'zod';
import { backupChannels } from './channels/backup';
import { coreChannels } from './channels/core';
import { exportChannels } from './channels/export';
import { mediaChannels } from './channels/media';
import { photoChannels } from './channels/photos';

/**
 * The one bridge contract: every function the UI may call on the Node side, with zod schemas for its
 * argument object and its result. Electron's preload, the browser host's HTTP client and both shells'
 * handler maps are all derived from this object, so a channel cannot exist in one place only.
 * Each domain keeps its channels in channels/<domain>.ts; add the domain here.
 */
export const bridgeContract = {
  ...coreChannels,
  ...photoChannels,
  ...mediaChannels,
  ...exportChannels,
  ...backupChannels,
} as const;

export type BridgeContract = typeof bridgeContract;
export type Channel = keyof BridgeContract;
export type ArgsOf<C extends Channel> = z.input<BridgeContract[C]['args']>;
export type ParsedArgsOf<C extends Channel> = z.output<BridgeContract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<BridgeContract[C]['result']>;

export const channels = Object.keys(bridgeContract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.hasOwn(bridgeContract, name);

export { BRIDGE_GLOBAL, IPC_INVOKE } from './names';
