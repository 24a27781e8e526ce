import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openWorkstationDb } from '../../../db/db';
import { saveCompetitor, setCompetitorImage } from './competitors';

const draft = {
  name: 'Lumina Tech Official Store',
  url: 'https://www.aliexpress.com/item/1005006.html',
  itemId: '1005006',
  category: 'phone-accessories',
  tags: [],
  notes: '',
  productIds: ['p1'],
};

describe('setCompetitorImage', () => {
  it('keeps the picture through later edits and removes it on request, stamping each change', async () => {
    const db = openWorkstationDb(`competitors-${crypto.randomUUID()}`);
    const saved = await saveCompetitor(db, 's1', draft, 1, 'c1');
    await setCompetitorImage(db, saved.id, 'media-1', 2);
    expect(await db.competitors.get('c1')).toMatchObject({ imageId: 'media-1', updatedAt: 2 });
    // Relinking products (a later save of the same competitor) leaves the picture in place.
    await saveCompetitor(db, 's1', { ...draft, productIds: ['p1', 'p2'] }, 3, 'c1');
    expect((await db.competitors.get('c1'))?.imageId).toBe('media-1');
    await setCompetitorImage(db, 'c1', undefined, 4);
    const after = await db.competitors.get('c1');
    expect(after && 'imageId' in after).toBe(false);
    expect(after?.updatedAt).toBe(4);
    await expect(setCompetitorImage(db, 'nobody', 'media-1', 5)).rejects.toThrow(/not found/);
  });
});
