import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { exportChannels } from '@shared/bridge/channels/export';
import { BridgeFailure } from '@shared/bridge/result';
import type { DomainHandlers, ServiceDeps } from '../types';
import { realPathInside } from '../insideFolder';
import type { MediaLibrary } from '../media/mediaLibrary';
import { writeUploadPackage } from './uploadPackage';

/** The upload-package export: built from the media library on disk, read back in chunks or saved by a dialog. */
export function exportHandlers<Ctx>(
  deps: ServiceDeps,
  library: MediaLibrary,
): DomainHandlers<Ctx, keyof typeof exportChannels> {
  const { exportsDir } = deps.paths;
  const packagePath = (fileName: string) =>
    realPathInside(exportsDir, join(exportsDir, fileName), `The package ${fileName}`).catch(
      (error: unknown) => {
        if (error instanceof BridgeFailure && error.code === 'not-found')
          throw new BridgeFailure(
            'not-found',
            `The package ${fileName} is no longer in the exports folder; export again.`,
          );
        throw error;
      },
    );
  return {
    'export:package': async ({ products }) => {
      await mkdir(exportsDir, { recursive: true });
      return writeUploadPackage(products, library, exportsDir);
    },
    'export:readChunk': async ({ fileName, offset, length }) => {
      // fileName is checked against the package pattern by the contract: it names a file in exportsDir only,
      // and a link planted there is not followed out of it.
      const real = await packagePath(fileName);
      const handle = await open(real, 'r').catch(() => {
        throw new BridgeFailure(
          'not-found',
          `The package ${fileName} is no longer in the exports folder; export again.`,
        );
      });
      try {
        const { size } = await handle.stat();
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        await handle.read(buffer, 0, buffer.length, offset);
        return { bytesBase64: buffer.toString('base64'), totalBytes: size };
      } finally {
        await handle.close();
      }
    },
    'export:saveAs': async ({ fileName }) => {
      if (!deps.shell.saveFileCopy)
        throw new BridgeFailure(
          'not-available',
          'Save dialogs exist only in the desktop app; the package is downloaded instead',
        );
      const path = await deps.shell.saveFileCopy({
        suggestedName: fileName,
        sourcePath: await packagePath(fileName),
        filters: [{ name: 'Zip', extensions: ['zip'] }],
      });
      return path ? { saved: true, path } : { saved: false };
    },
  };
}
