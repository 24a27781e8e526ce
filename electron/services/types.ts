import type { Channel } from '@shared/bridge/contract';
import type { HandlerMap } from '@shared/bridge/dispatch';
import type { DataPaths } from './paths';

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
