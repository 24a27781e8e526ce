import type { Channel } from '@shared/bridge/contract';
import type { HandlerMap } from '@shared/bridge/dispatch';
import type { coreChannels } from '@shared/bridge/channels/core';
import { BridgeFailure } from '@shared/bridge/result';
import { isAllowedExternalUrl } from '@shared/security/trustedUrl';
import type { DataPaths } from './paths';
import { backupHandlers } from './backup/handlers';
import { photoStudioHandlers } from './photos/handlers';

/** What only a shell can do: Electron has native dialogs and the OS browser; the browser host has neither. */
export interface ShellAdapter {
  kind: 'electron' | 'browser';
  electronVersion?: string;
  /** Opens an allow-listed https link in the user's browser; false when this shell cannot. */
  openExternal(url: string): Promise<boolean>;
  revealPath(path: string): Promise<boolean>;
  openFiles?(options: {
    title?: string;
    filters: { name: string; extensions: string[] }[];
    multiple: boolean;
  }): Promise<{ name: string; bytes: Buffer }[]>;
  saveFile?(options: {
    suggestedName: string;
    bytes: Buffer;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | undefined>;
  /** Native picker for photos: absolute paths of the chosen files, or of the chosen folder. */
  pickImagePaths?(options: { folder: boolean }): Promise<string[]>;
  /** Save dialog that copies an existing file (a large export never crosses the bridge); the chosen path. */
  saveFileCopy?(options: {
    suggestedName: string;
    sourcePath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | undefined>;
}

export interface ServiceDeps {
  appName: string;
  appVersion: string;
  paths: DataPaths;
  shell: ShellAdapter;
}

/** Handlers for one domain's channels; each domain module exports one of these. */
export type DomainHandlers<Ctx, C extends Channel> = Pick<HandlerMap<Ctx>, C>;

/** The one handler map both shells register: each domain's handlers are written once and composed here. */
export function createHandlers<Ctx>(deps: ServiceDeps): HandlerMap<Ctx> {
  return {
    ...coreHandlers<Ctx>(deps),
    ...photoStudioHandlers<Ctx>(deps),
    ...backupHandlers<Ctx>(deps),
  };
}

function coreHandlers<Ctx>(deps: ServiceDeps): DomainHandlers<Ctx, keyof typeof coreChannels> {
  const { shell, paths } = deps;
  return {
    'app:info': () => ({
      name: deps.appName,
      version: deps.appVersion,
      shell: shell.kind,
      platform: process.platform,
      electronVersion: shell.electronVersion,
      nodeVersion: process.version,
    }),
    'paths:get': () => paths,
    'paths:reveal': async ({ which }) => ({
      path: paths[which],
      opened: await shell.revealPath(paths[which]),
    }),
    'shell:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url))
        throw new BridgeFailure('not-allowed', `Links to ${url} are not allowed`);
      return { opened: await shell.openExternal(url), url };
    },
    'dialog:openFiles': async (args) => {
      if (!shell.openFiles)
        throw new BridgeFailure(
          'not-available',
          'File dialogs exist only in the desktop app; upload the file instead',
        );
      const files = await shell.openFiles(args);
      return { files: files.map((f) => ({ name: f.name, bytesBase64: f.bytes.toString('base64') })) };
    },
    'dialog:saveFile': async ({ suggestedName, bytesBase64, filters }) => {
      if (!shell.saveFile)
        throw new BridgeFailure(
          'not-available',
          'Save dialogs exist only in the desktop app; the file is downloaded instead',
        );
      const path = await shell.saveFile({
        suggestedName,
        bytes: Buffer.from(bytesBase64, 'base64'),
        filters,
      });
      return path ? { saved: true, path } : { saved: false };
    },
  };
}
