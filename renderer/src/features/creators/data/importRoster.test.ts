import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseRosterFile } from '@shared/creators/rosterImport';
import { openWorkstationDb } from '../../../db/db';
import { importRoster, saveCreator } from './writes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('importRoster', () => {
  it('merges by platform + handle: the same list twice doubles no one, an update fills details in', async () => {
    const db = openWorkstationDb(`roster-${Math.random()}`);
    await saveCreator(db, { storeId: 's1', handle: 'Anna_Style', platform: 'instagram', tags: ['vip'] });
    const file = await parseRosterFile(
      bytes('Handle,Platform,Followers,Tags\n@anna_style,Instagram,12500,fashion\nmaria,YouTube,900,\n'),
      'roster.csv',
    );
    const entries = file.entries.map(({ row: _row, ...entry }) => entry);
    expect(await importRoster(db, 's1', entries)).toEqual({ added: 1, merged: 1 });
    expect(await importRoster(db, 's1', entries)).toEqual({ added: 0, merged: 2 });
    const rows = await db.influencers.where('storeId').equals('s1').toArray();
    expect(rows).toHaveLength(2);
    const anna = rows.find((r) => r.platform === 'instagram')!;
    // The handle stays as first written; details and tags are merged in.
    expect(anna).toMatchObject({ handle: 'Anna_Style', followers: 12500, tags: ['vip', 'fashion'] });
    // Another store's roster is its own.
    expect(await importRoster(db, 's2', entries)).toEqual({ added: 2, merged: 0 });
  });
});
