import { join } from 'node:path';
import { app, BrowserWindow, dialog, screen, session, shell } from 'electron';
import { APP_ORIGIN } from '@shared/security/trustedUrl';
import { fitToDisplays, loadWindowState, saveWindowState } from './windowState';
import { hardenWebContents, isPermissionGranted, secureWebPreferences } from './security';
import { CrashLoopGuard, normalisedExternalUrl } from './shellPolicy';

export async function createMainWindow(preloadPath: string, devServerUrl?: string): Promise<BrowserWindow> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const saved = fitToDisplays(
    await loadWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...saved,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Seller Workstation',
    backgroundColor: '#1a1b1e',
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (saved.maximized) window.maximize();
  // (Every web contents, this one included, is also hardened in index.ts on 'web-contents-created'.)
  hardenWebContents(window.webContents, openExternally, devServerUrl);
  // A crashed renderer reloads; IndexedDB and autosaved drafts bring the user back to where they were. One that
  // keeps crashing stops after a few tries and says so, instead of flashing forever.
  const crashes = new CrashLoopGuard(3, 60_000);
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (crashes.shouldReload()) return window.reload();
    void dialog.showMessageBox(window, {
      type: 'error',
      title: 'Seller Workstation',
      message: 'The workstation screen crashed several times in a row, so it is no longer reloaded.',
      detail:
        '工作台界面连续多次崩溃，已停止自动重新加载。\n\nYour data is saved. Quit and start the workstation again; if it keeps happening, note what you did just before. 数据已保存：请退出后重新启动工作台。',
    });
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

/** Only an allow-listed link, and only as parsed: the OS browser gets the normalised URL. */
export function openExternally(url: string): void {
  const safe = normalisedExternalUrl(url);
  if (safe) void shell.openExternal(safe);
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    isPermissionGranted(permission),
  );
}
