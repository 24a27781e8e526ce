import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openWorkstationDb } from './db';
import {
  describeTables,
  openForRestore,
  openInstalled,
  putRows,
  readPage,
  unknownTables,
} from './backupRows';

describe('backup rows', () => {
  it('pages every row of a table in primary-key order, and finds the installed tables without declaring them', async () => {
    const name = `backup-pages-${Math.random()}`;
    const db = openWorkstationDb(name);
    await db.settings.bulkPut(
      Array.from({ length: 25 }, (_, i) => ({ key: `k${String(i).padStart(2, '0')}`, value: i })),
    );
    db.close();

    const installed = await openInstalled(name);
    const tables = await describeTables(installed);
    expect(tables.find((t) => t.name === 'settings')?.rows).toBe(25);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['orders', 'stores', 'counters']));
    const keys: string[] = [];
    let after: unknown;
    for (;;) {
      const page = await readPage(installed, 'settings', after, 10);
      if (page.rows.length === 0) break;
      keys.push(...(page.rows as { key: string }[]).map((r) => r.key));
      after = page.lastKey;
    }
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(25);
    installed.close();
  });

  it('restores at an older version, and the normal open upgrades it', async () => {
    const name = `backup-restore-${Math.random()}`;
    const old = await openForRestore(7, name);
    expect(old.verno).toBe(7);
    expect(old.tables.map((t) => t.name)).toContain('buyers');
    await putRows(old, 'stores', [
      { id: 's1', name: 'Old', hostingMode: 'self-operated', currency: 'USD', createdAt: 0, isDemo: false },
    ]);
    old.close();
    const latest = openWorkstationDb(name);
    await latest.open();
    expect(latest.verno).toBeGreaterThan(7);
    expect(latest.tables.map((t) => t.name)).not.toContain('buyers');
    expect((await latest.stores.get('s1'))?.name).toBe('Old');
    latest.close();
  });

  it('names tables a backup holds that the app does not declare at that version', () => {
    expect(unknownTables(8, ['orders', 'stores'])).toEqual([]);
    expect(unknownTables(2, ['orders', 'photoPresets', 'fromTheFuture'])).toEqual([
      'photoPresets',
      'fromTheFuture',
    ]);
  });
});
