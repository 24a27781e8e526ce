import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '@shared/bridge/api';
import { BRIDGE_GLOBAL, IPC_INVOKE } from '@shared/bridge/names';

/** Exactly the contract's one function; the renderer never sees ipcRenderer itself. */
const api = {
  invoke: (channel, args) => ipcRenderer.invoke(IPC_INVOKE, channel, args),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
