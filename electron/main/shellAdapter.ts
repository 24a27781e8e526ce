import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog, shell } from 'electron';
import type { ShellAdapter } from '../services/handlers';

export function electronShellAdapter(): ShellAdapter {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    kind: 'electron',
    electronVersion: process.versions.electron,
    openExternal: async (url) => {
      await shell.openExternal(url);
      return true;
    },
    revealPath: async (path) => (await shell.openPath(path)) === '',
    openFiles: async ({ title, filters, multiple }) => {
      const options = { title, filters, properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const) };
      const window = parent();
      const picked = window ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      if (picked.canceled) return [];
      return Promise.all(picked.filePaths.map(async (path) => ({ name: basename(path), bytes: await readFile(path) })));
    },
    saveFile: async ({ suggestedName, bytes, filters }) => {
      const window = parent();
      const options = { defaultPath: suggestedName, filters };
      const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return undefined;
      await writeFile(picked.filePath, bytes);
      return picked.filePath;
    },
  };
}
