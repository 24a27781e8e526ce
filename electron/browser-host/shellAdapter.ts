import type { ShellAdapter } from '../services/types';

/**
 * In the browser shell the page itself opens links and downloads files, so the Node side declines:
 * the renderer reads opened:false and handles it with an anchor or an <input type=file>.
 */
export const browserShellAdapter: ShellAdapter = {
  kind: 'browser',
  openExternal: async () => false,
  revealPath: async () => false,
};
