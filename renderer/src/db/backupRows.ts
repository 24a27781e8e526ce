import Dexie from 'dexie';
import { DB_NAME, openWorkstationDb } from './db';

/**
 * The data layer of backup and restore. A backup reads the database as it is installed (Dexie's dynamic mode:
 * no versions declared, every table the installed version has), so the same code backs up before a schema
 * upgrade and after it, and a table another feature adds is included without a line here.
 */

/** The installed database version (Dexie's, i.e. IndexedDB's / 10), or undefined when there is none yet. */
export async function installedSchemaVersion(name = DB_NAME): Promise<number | undefined> {
  const list = await indexedDB.databases?.();
  const found = list?.find((d) => d.name === name);
  if (found?.version !== undefined) return found.version / 10;
  if (list) return undefined;
  // No databases() (older engines): a dynamic open rejects when the database does not exist.
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } catch {
    return undefined;
  } finally {
    probe.close();
  }
}

/** The version this build of the app declares: what a normal open upgrades to. */
export function appSchemaVersion(): number {
  const db = openWorkstationDb(`${DB_NAME}-version-probe`);
  return db.verno;
}

export async function openInstalled(name = DB_NAME): Promise<Dexie> {
  const db = new Dexie(name);
  await db.open();
  return db;
}

export interface TableInfo {
  name: string;
  rows: number;
}

export async function describeTables(db: Dexie): Promise<TableInfo[]> {
  return Promise.all(db.tables.map(async (t) => ({ name: t.name, rows: await t.count() })));
}

/** One page of a table in primary-key order, after the last key of the previous page. */
export async function readPage(
  db: Dexie,
  table: string,
  after: unknown,
  limit: number,
): Promise<{ rows: unknown[]; lastKey: unknown }> {
  const t = db.table(table);
  const collection = after === undefined ? t.orderBy(':id') : t.where(':id').above(after as string);
  const rows = await collection.limit(limit).toArray();
  const keyPath = t.schema.primKey.keyPath;
  const last = rows.at(-1) as Record<string, unknown> | undefined;
  const lastKey =
    last === undefined
      ? undefined
      : Array.isArray(keyPath)
        ? keyPath.map((k) => last[k])
        : last[keyPath as string];
  return { rows, lastKey };
}

/** Removes the database entirely: a restore rebuilds it from the backup at the backup's version. */
export async function deleteDatabase(name = DB_NAME): Promise<void> {
  await Dexie.delete(name);
}

/** Tables a backup holds that this app does not declare at the backup's version (checked before deleting). */
export function unknownTables(version: number, tables: readonly string[]): string[] {
  const declared = new Set(openWorkstationDb(`${DB_NAME}-restore-probe`, version).tables.map((t) => t.name));
  return tables.filter((t) => !declared.has(t));
}

/** Opens an empty database declared up to `version` (the backup's), ready to receive its rows. */
export async function openForRestore(version: number, name = DB_NAME): Promise<Dexie> {
  const db = openWorkstationDb(name, version);
  await db.open();
  return db;
}

export function hasTable(db: Dexie, table: string): boolean {
  return db.tables.some((t) => t.name === table);
}

export async function putRows(db: Dexie, table: string, rows: unknown[]): Promise<void> {
  await db.table(table).bulkPut(rows);
}

/** The stores' ids and names, for the backup's file name and manifest; none when the table does not exist yet. */
export async function storeNames(db: Dexie): Promise<{ id: string; name: string }[]> {
  if (!hasTable(db, 'stores')) return [];
  const rows = (await db.table('stores').toArray()) as { id: string; name: string }[];
  return rows.map(({ id, name }) => ({ id, name }));
}
