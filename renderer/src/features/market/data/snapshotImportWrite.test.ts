import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openWorkstationDb } from '../../../db/db';
import { parseSnapshotFile } from '@shared/market/snapshotImport';
import { loadCompetitorRows, saveCompetitor } from './competitors';
import { undoSnapshotImport, writeSnapshotImport } from './snapshotImportWrite';

describe('snapshot import', () => {
  it('joins rows to watched competitors by item id, adds unknown ones, keeps summaries, and undoes exactly itself', async () => {
    const db = openWorkstationDb(`snap-import-${crypto.randomUUID()}`);
    const watched = await saveCompetitor(
      db,
      's1',
      {
        name: 'Lumina',
        url: '',
        itemId: '1005006123456789',
        category: '',
        tags: [],
        notes: '',
        productIds: [],
      },
      1,
    );
    const file = [
      'Item ID,Store,Date,Price,Sold',
      '1005006123456789,Lumina,2026-11-20,10.50,10000+',
      '1005006123456789,Lumina,2026-11-27,8.00,20000+',
      '1005009999999999,NewShop,2026-11-27,5.00,12',
    ].join('\n');
    const result = await parseSnapshotFile(new TextEncoder().encode(file), 's.csv');
    const record = await writeSnapshotImport(db, 's1', result, 2);
    let rows = await loadCompetitorRows(db, 's1');
    expect(rows.map((r) => [r.competitor.name, r.summary?.snapshotCount, r.summary?.latestPrice])).toEqual([
      ['Lumina', 2, 800],
      ['NewShop', 1, 500],
    ]);
    expect(rows.find((r) => r.competitor.id === watched.id)?.summary?.velocity?.isRange).toBe(true);
    await undoSnapshotImport(db, record);
    rows = await loadCompetitorRows(db, 's1');
    expect(rows.map((r) => r.summary?.snapshotCount)).toEqual([0, 0]);
  });
});
