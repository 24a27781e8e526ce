import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { backupChannels } from '@shared/bridge/channels/backup';
import { backupFileName } from '@shared/backup/format';
import { BridgeFailure } from '@shared/bridge/result';
import type { DomainHandlers, ServiceDeps } from '../types';
import { MediaLibrary } from '../media/mediaLibrary';
import { backupPath, listBackups, pruneBackups, sweepPartials, UploadStore } from './folder';
import { readBackupRows, type RowChunk } from './restoreReader';
import { verifyBackup } from './verify';
import { BackupWriter } from './writer';
import { MEDIA_ENTRY_PATTERN } from '@shared/backup/format';
import { openZipEntry } from './zipReader';

/** A backup or restore whose page stopped calling for this long is abandoned (the tab was closed or reloaded). */
const IDLE_MS = 10 * 60_000;

/** Backup, restore and the backups folder, for both shells and written once. */
export function backupHandlers<Ctx>(deps: ServiceDeps): DomainHandlers<Ctx, keyof typeof backupChannels> {
  const { backupsDir } = deps.paths;
  const library = new MediaLibrary(deps.paths.mediaDir);
  const writers = new Map<string, BackupWriter>();
  const restores = new Map<string, { rows: AsyncGenerator<RowChunk>; lastActivity: number }>();
  const uploads = new UploadStore(backupsDir);
  void sweepPartials(backupsDir);

  const sweepIdle = async () => {
    const now = Date.now();
    for (const [id, writer] of writers)
      if (now - writer.lastActivity > IDLE_MS) {
        writers.delete(id);
        await writer.cancel();
      }
    for (const [id, restore] of restores)
      if (now - restore.lastActivity > IDLE_MS) {
        restores.delete(id);
        await restore.rows.return(undefined);
      }
  };
  const writerOf = (jobId: string) => {
    const writer = writers.get(jobId);
    if (!writer) throw new BridgeFailure('not-found', 'This backup is no longer running; start it again');
    return writer;
  };
  const pathOf = (name: string) => {
    try {
      return backupPath(backupsDir, name);
    } catch (error) {
      throw new BridgeFailure('invalid-arguments', (error as Error).message);
    }
  };

  return {
    'backup:begin': async ({ kind, schemaVersion, stores }) => {
      await sweepIdle();
      const jobId = randomUUID();
      const name = backupFileName(
        stores.map((s) => s.name),
        new Date(),
        kind,
      );
      writers.set(
        jobId,
        new BackupWriter(jobId, backupsDir, name, {
          app: deps.appName,
          appVersion: deps.appVersion,
          schemaVersion,
          kind,
          stores,
        }),
      );
      return { jobId, name };
    },
    'backup:rows': async ({ jobId, table, text }) => writerOf(jobId).appendRows(table, text),
    'backup:finish': async ({ jobId, media }) => {
      const writer = writerOf(jobId);
      try {
        const written = await writer.finish(media, library);
        const { inspection } = await verifyBackup(written.path, { manifestOnly: true });
        return { name: written.name, path: written.path, bytes: written.bytes, inspection };
      } catch (error) {
        await writer.cancel();
        throw error;
      } finally {
        writers.delete(jobId);
      }
    },
    'backup:cancel': async ({ jobId }) => {
      const writer = writers.get(jobId);
      writers.delete(jobId);
      await writer?.cancel();
      return { cancelled: writer !== undefined };
    },
    'backup:list': async () => ({ backups: await listBackups(backupsDir), folder: backupsDir }),
    'backup:prune': async ({ keepDaily, keepWeekly }) => ({
      removed: await pruneBackups(backupsDir, keepDaily, keepWeekly),
    }),
    'backup:inspect': async ({ name, appSchemaVersion }) =>
      (await verifyBackup(pathOf(name), { appSchemaVersion })).inspection,
    'backup:restoreOpen': async ({ name, appSchemaVersion }) => {
      await sweepIdle();
      const path = pathOf(name);
      const verified = await verifyBackup(path, { appSchemaVersion });
      if (!verified.manifest || !verified.entries) return { inspection: verified.inspection };
      // Media first: content-addressed files that are already in the library are skipped, extra ones harm nothing.
      for (const entry of verified.entries.values()) {
        const match = MEDIA_ENTRY_PATTERN.exec(entry.name);
        if (!match?.[1] || !match[2] || (await library.exists(match[1], match[2]))) continue;
        const chunks: Buffer[] = [];
        for await (const chunk of await openZipEntry(path, entry)) chunks.push(chunk as Buffer);
        await library.put(Buffer.concat(chunks), match[2]);
      }
      const restoreId = randomUUID();
      restores.set(restoreId, {
        rows: readBackupRows(path, verified.manifest, verified.entries),
        lastActivity: Date.now(),
      });
      return { restoreId, inspection: verified.inspection };
    },
    'backup:restoreRead': async ({ restoreId }) => {
      const restore = restores.get(restoreId);
      if (!restore) throw new BridgeFailure('not-found', 'This restore is no longer open; start it again');
      restore.lastActivity = Date.now();
      const next = await restore.rows.next();
      if (next.done) {
        restores.delete(restoreId);
        return { text: '', done: true };
      }
      return { table: next.value.table, text: next.value.text, done: false };
    },
    'backup:restoreClose': async ({ restoreId }) => {
      const restore = restores.get(restoreId);
      restores.delete(restoreId);
      await restore?.rows.return(undefined);
      return { closed: restore !== undefined };
    },
    'backup:upload': async ({ uploadId, fileName, offset, bytesBase64, final }) => {
      try {
        return await uploads.append(uploadId, fileName, Buffer.from(bytesBase64, 'base64'), offset, final);
      } catch (error) {
        throw new BridgeFailure('failed', (error as Error).message);
      }
    },
    'backup:readChunk': async ({ name, offset, length }) => {
      const handle = await open(pathOf(name), 'r').catch(() => {
        throw new BridgeFailure('not-found', `The backup ${name} is no longer in the backups folder`);
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
    'backup:saveAs': async ({ name }) => {
      if (!deps.shell.saveFileCopy)
        throw new BridgeFailure('not-available', 'Save dialogs exist only in the desktop app');
      const path = await deps.shell.saveFileCopy({
        suggestedName: name,
        sourcePath: pathOf(name),
        filters: [{ name: 'Seller Workstation backup', extensions: ['swbackup'] }],
      });
      return path ? { saved: true, path } : { saved: false };
    },
  };
}
