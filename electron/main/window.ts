import { join } from 'node:path';
import { app, BrowserWindow, screen, session, shell } from 'electron';
import { APP_ORIGIN } from '@shared/security/trustedUrl';
import { fitToDisplays, loadWindowState, saveWindowState } from './windowState';
import { hardenWebContents, isPermissionGranted, secureWebPreferences } from './security';

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
  hardenWebContents(window.webContents, (url) => void shell.openExternal(url), devServerUrl);
  // A crashed renderer reloads; IndexedDB and autosaved drafts bring the user back to where they were.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') window.reload();
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    isPermissionGranted(permission),
  );
}
