import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createHandlers } from '../services/handlers';
import { dataPathsFor, ensureDataPaths } from '../services/paths';
import { registerBridge, type ElectronCallContext } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { electronShellAdapter } from './shellAdapter';
import { createMainWindow, denyAllPermissions } from './window';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');

registerAppScheme();

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
