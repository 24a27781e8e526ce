import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { hardenWebContents, isPermissionGranted } from './security';
import { devServerUrlFor } from './shellPolicy';
import { createHandlers } from '../services/handlers';
import { dataPathsFor, ensureDataPaths } from '../services/paths';
import { registerBridge, type ElectronCallContext } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { electronShellAdapter } from './shellAdapter';
import { createMainWindow, denyAllPermissions, openExternally } from './window';

// electron-vite replaces import.meta.env.DEV at build time: a production build never trusts a dev server URL.
const devServerUrl = devServerUrlFor(process.env, {
  packaged: app.isPackaged,
  devBuild: import.meta.env?.DEV === true,
});
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');

registerAppScheme();

// Hardening applies to every web contents the app ever makes (windows, devtools, anything a library opens),
// not only to the main window.
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, openExternally, devServerUrl);
  contents.session.setPermissionRequestHandler((_c, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  contents.session.setPermissionCheckHandler((_c, permission) => isPermissionGranted(permission));
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

async function start(): Promise<void> {
  denyAllPermissions();
  serveRenderer(rendererDir);
  const paths = await ensureDataPaths(dataPathsFor(app.getPath('userData')));
  registerBridge(
    createHandlers<ElectronCallContext>({
      appName: 'Seller Workstation',
      appVersion: app.getVersion(),
      paths,
      shell: electronShellAdapter(),
    }),
    devServerUrl,
  );
  await createMainWindow(preloadPath, devServerUrl);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow(preloadPath, devServerUrl);
  });
}
