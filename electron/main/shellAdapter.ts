import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { normalisedExternalUrl, safeSaveName } from './shellPolicy';
import type { ShellAdapter } from '../services/types';

export function electronShellAdapter(): ShellAdapter {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    kind: 'electron',
    electronVersion: process.versions.electron,
    openExternal: async (url) => {
      const safe = normalisedExternalUrl(url);
      if (!safe) return false;
      await shell.openExternal(safe);
      return true;
    },
    revealPath: async (path) => (await shell.openPath(path)) === '',
    openFiles: async ({ title, filters, multiple }) => {
      const options = {
        title,
        filters,
        properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const),
      };
      const window = parent();
      const picked = window
        ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      if (picked.canceled) return [];
      return Promise.all(
        picked.filePaths.map(async (path) => ({ name: basename(path), bytes: await readFile(path) })),
      );
    },
    saveFile: async ({ suggestedName, bytes, filters }) => {
      const window = parent();
      const options = { defaultPath: defaultSavePath(suggestedName, 'export.csv'), filters };
      const picked = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return undefined;
      await writeFile(picked.filePath, bytes);
      return picked.filePath;
    },
    pickImagePaths: async ({ folder }) => {
      const options = {
        properties: folder ? (['openDirectory'] as const) : (['openFile', 'multiSelections'] as const),
        filters: folder
          ? []
          : [
              {
                name: 'Images',
                extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff', 'avif', 'heic', 'heif'],
              },
            ],
      };
      const window = parent();
      const request = { ...options, properties: [...options.properties] };
      const picked = window
        ? await dialog.showOpenDialog(window, request)
        : await dialog.showOpenDialog(request);
      // Only paths go back: the photo service reads the originals in place and never writes next to them.
      return picked.canceled ? [] : picked.filePaths;
    },
    saveFileCopy: async ({ suggestedName, sourcePath, filters }) => {
      const window = parent();
      const options = { defaultPath: defaultSavePath(suggestedName, 'export.zip'), filters };
      const picked = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return undefined;
      await copyFile(sourcePath, picked.filePath);
      return picked.filePath;
    },
  };
}

/** The renderer only suggests a name: the dialog starts in Downloads with that name made safe, never a path. */
function defaultSavePath(suggestedName: string, fallback: string): string {
  return join(app.getPath('downloads'), safeSaveName(suggestedName, fallback));
}
