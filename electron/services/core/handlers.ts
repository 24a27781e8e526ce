import type { coreChannels } from '@shared/bridge/channels/core';
import { BridgeFailure } from '@shared/bridge/result';
import { isAllowedExternalUrl } from '@shared/security/trustedUrl';
import type { DomainHandlers, ServiceDeps } from '../types';

/** App facts, data folders, links and the shell's file dialogs. */
export function coreHandlers<Ctx>(deps: ServiceDeps): DomainHandlers<Ctx, keyof typeof coreChannels> {
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
      // The shell gets the URL as parsed (what was checked), not the raw text.
      const normalised = new URL(url.trim()).href;
      return { opened: await shell.openExternal(normalised), url: normalised };
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
