/// <reference lib="webworker" />
import type Dexie from 'dexie';
import {
  describeTables,
  installedSchemaVersion,
  openForRestore,
  openInstalled,
  putRows,
  readPage,
  deleteDatabase,
  storeNames,
  unknownTables,
} from '../../db/backupRows';
import { MAX_ROWS_TEXT } from '@shared/bridge/channels/backup';
import type { RowChunk, WorkerAnswer, WorkerEnvelope, WorkerRequest } from './protocol';

/**
 * Reads the database page by page and turns rows into JSON lines (backup), or parses lines and writes them
 * (restore), off the page's thread. The page relays the text to the Node side over the bridge; while it does,
 * this worker already prepares the next chunk, so reading, sending and zipping overlap.
 */
const MEDIA_REF = /media:([0-9a-f]{64})\.(jpg|png|webp)/g;
const EXT = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;
const TARGET_CHUNK_CHARS = 2 * 1024 * 1024;

let db: Dexie | undefined;
let tables: { name: string; rows: number }[] = [];
let tableIndex = 0;
let lastKey: unknown;
let pageRows = 2000;
let prepared: Promise<RowChunk | null> | undefined;
const media = new Map<string, { sha256: string; ext: 'jpg' | 'png' | 'webp' }>();

async function readNext(): Promise<RowChunk | null> {
  if (!db) throw new Error('No backup is open');
  while (tableIndex < tables.length) {
    const table = tables[tableIndex]!;
    const started = lastKey === undefined;
    const page = await readPage(db, table.name, lastKey, pageRows);
    if (page.rows.length === 0) {
      tableIndex++;
      lastKey = undefined;
      // A table without rows still goes into the backup, so a restore knows it existed.
      if (started) return { table: table.name, text: '', rows: 0 };
      continue;
    }
    lastKey = page.lastKey;
    let text = '';
    for (const row of page.rows) text += `${JSON.stringify(row)}\n`;
    // Big rows (long message threads): smaller pages from here on, so a chunk stays a few MB.
    if (text.length > TARGET_CHUNK_CHARS && pageRows > 50) pageRows = Math.max(50, Math.floor(pageRows / 2));
    if (text.length > MAX_ROWS_TEXT)
      throw new Error(`Rows of ${table.name} are too large to back up in one piece`);
    collectMedia(table.name, page.rows, text);
    if (page.rows.length < pageRows) {
      tableIndex++;
      lastKey = undefined;
    }
    return { table: table.name, text, rows: page.rows.length };
  }
  return null;
}

function collectMedia(table: string, rows: unknown[], text: string): void {
  if (table === 'media')
    for (const row of rows as { sha256?: string; format?: keyof typeof EXT }[])
      if (row.sha256 && row.format && EXT[row.format])
        media.set(`${row.sha256}.${EXT[row.format]}`, { sha256: row.sha256, ext: EXT[row.format] });
  for (const match of text.matchAll(MEDIA_REF))
    media.set(`${match[1]}.${match[2]}`, {
      sha256: match[1]!,
      ext: match[2] as 'jpg' | 'png' | 'webp',
    });
}

async function handle(request: WorkerRequest): Promise<WorkerAnswer> {
  switch (request.type) {
    case 'open-backup': {
      db = await openInstalled();
      pageRows = request.pageRows;
      tables = (await describeTables(db)).sort((a, b) => a.name.localeCompare(b.name));
      tableIndex = 0;
      lastKey = undefined;
      media.clear();
      const stores = await storeNames(db);
      prepared = readNext();
      return {
        type: 'backup-source',
        source: { schemaVersion: (await installedSchemaVersion()) ?? db.verno, tables, stores },
      };
    }
    case 'next-chunk': {
      const chunk = await (prepared ?? readNext());
      prepared = chunk ? readNext() : undefined;
      // A failed read surfaces on the next request; keep it from being reported as unhandled meanwhile.
      prepared?.catch(() => undefined);
      return { type: 'chunk', chunk };
    }
    case 'media':
      return { type: 'media', media: [...media.values()] };
    case 'open-restore': {
      // Refuse before anything is deleted: a table this app does not know at that version would be lost.
      const unknown = unknownTables(request.version, request.tables);
      if (unknown.length > 0)
        throw new Error(
          `The backup holds tables this version of the app does not know (${unknown.join(', ')}); update the app first`,
        );
      db?.close();
      await deleteDatabase();
      db = await openForRestore(request.version);
      return { type: 'restore-ready', tables: db.tables.map((t) => t.name) };
    }
    case 'restore-rows': {
      if (!db) throw new Error('No restore is open');
      const rows = request.text
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as unknown);
      await putRows(db, request.table, rows);
      return { type: 'rows-written', rows: rows.length };
    }
    case 'close':
      db?.close();
      db = undefined;
      return { type: 'closed' };
  }
}

self.onmessage = (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  handle(request).then(
    (answer) => self.postMessage({ id, ok: true, answer } satisfies WorkerEnvelope),
    (error: unknown) =>
      self.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        name: errorName(error),
      } satisfies WorkerEnvelope),
  );
};

/** Dexie wraps a full disk as AbortError with the QuotaExceededError inside; the page needs the inner name. */
function errorName(error: unknown): string {
  const e = error as { name?: string; inner?: { name?: string } } | undefined;
  return e?.inner?.name === 'QuotaExceededError' ? 'QuotaExceededError' : (e?.name ?? 'Error');
}
