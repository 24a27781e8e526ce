import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openWorkstationDb } from '../db/db';
import { addInboundShipment, receiveInbound, setStockLevel } from './warehouse';

describe('warehouse writes', () => {
  it('sets stock and bins, and receives an inbound shipment once with the counted quantities', async () => {
    const db = openWorkstationDb(`warehouse-${crypto.randomUUID()}`);
    await setStockLevel(db, 's1', 'k1', 'own', { quantity: 12, bin: ' A-03-2 ' }, 1);
    await setStockLevel(db, 's1', 'k1', 'own', { quantity: 10 }, 2);
    expect(await db.stockLevels.get('k1|own')).toMatchObject({ quantity: 10, bin: 'A-03-2', storeId: 's1' });

    await expect(
      addInboundShipment(
        db,
        { storeId: 's1', place: 'own', lines: [{ skuId: 'k1', quantity: 0 }], sentAt: 0 },
        3,
      ),
    ).rejects.toThrow();
    const id = await addInboundShipment(
      db,
      {
        storeId: 's1',
        place: 'overseas',
        trackingNumber: 'sf1234567890',
        expectedOn: '2026-03-01',
        lines: [
          { skuId: 'k1', quantity: 20 },
          { skuId: 'k2', quantity: 5 },
        ],
        sentAt: 0,
      },
      3,
    );
    await receiveInbound(db, id, [18, 5], 4);
    await receiveInbound(db, id, [99, 99], 5);
    expect(await db.stockLevels.get('k1|overseas')).toMatchObject({ quantity: 18, place: 'overseas' });
    expect(await db.stockLevels.get('k2|overseas')).toMatchObject({ quantity: 5 });
    expect(await db.stockLevels.get('k1|own')).toMatchObject({ quantity: 10 });
    expect(await db.inboundShipments.get(id)).toMatchObject({
      status: 'received',
      receivedAt: 4,
      trackingNumber: 'SF1234567890',
      lines: [
        { skuId: 'k1', quantity: 20, received: 18 },
        { skuId: 'k2', quantity: 5, received: 5 },
      ],
    });
  });

  it("keeps a SKU's own lead time on its own-warehouse row, refuses one out of range, and clears it", async () => {
    const db = openWorkstationDb(`warehouse-lead-${crypto.randomUUID()}`);
    // A SKU whose own stock still comes from the catalog: the new row starts from that stock, not 0.
    await setStockLevel(db, 's1', 'k1', 'own', { leadTimeDays: 40, startQuantity: 25 }, 1);
    expect(await db.stockLevels.get('k1|own')).toMatchObject({ quantity: 25, leadTimeDays: 40 });
    await setStockLevel(db, 's1', 'k1', 'own', { quantity: 3 }, 2);
    expect(await db.stockLevels.get('k1|own')).toMatchObject({ quantity: 3, leadTimeDays: 40 });
    for (const bad of [0, 366, 2.5, Number.NaN])
      await expect(setStockLevel(db, 's1', 'k1', 'own', { leadTimeDays: bad }, 3)).rejects.toThrow(
        /Lead time/,
      );
    expect((await db.stockLevels.get('k1|own'))?.leadTimeDays).toBe(40);
    await setStockLevel(db, 's1', 'k1', 'own', { leadTimeDays: null }, 4);
    expect((await db.stockLevels.get('k1|own'))?.leadTimeDays).toBeUndefined();
  });
});
