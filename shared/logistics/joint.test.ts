import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canShipJointly, findJointGroups, jointKey, type JointCandidate } from './joint';

const base: JointCandidate = {
  id: 'o1',
  storeId: 's1',
  buyerId: 'b1',
  status: 'awaiting-shipment',
  hostingMode: 'self-operated',
  shipTo: 'Anna\nMain Street 1\n10115 Berlin\nDE',
};

describe('joint shipping groups', () => {
  it('groups the same buyer at exactly the same address', () => {
    const orders = [
      base,
      { ...base, id: 'o2' },
      { ...base, id: 'o3', shipTo: 'Anna\nMain Street 1\n10115 Berlin\nDE ' },
    ];
    expect(findJointGroups(orders).map((g) => g.map((o) => o.id))).toEqual([['o1', 'o2']]);
  });

  it('leaves out COD, fully managed, shipped, unknown-address and VAT orders of different parents', () => {
    const orders: JointCandidate[] = [
      base,
      { ...base, id: 'cod', cashOnDelivery: true },
      { ...base, id: 'fm', hostingMode: 'fully-managed' },
      { ...base, id: 'sh', status: 'shipped' },
      { ...base, id: 'na', shipTo: undefined },
      { ...base, id: 'v1', vatCollected: true, parentOrderId: 'P1' },
      { ...base, id: 'v2', vatCollected: true, parentOrderId: 'P2' },
      { ...base, id: 'v3', vatCollected: true, parentOrderId: 'P1' },
    ];
    expect(findJointGroups(orders).map((g) => g.map((o) => o.id))).toEqual([['v1', 'v3']]);
    expect(canShipJointly([base, { ...base, id: 'v1', vatCollected: true, parentOrderId: 'P1' }])).toBe(
      false,
    );
  });
});

const order: fc.Arbitrary<JointCandidate> = fc.record({
  id: fc.uuid(),
  storeId: fc.constantFrom('s1', 's2'),
  buyerId: fc.constantFrom('b1', 'b2', 'b3'),
  status: fc.constantFrom('awaiting-shipment', 'awaiting-shipment', 'shipped', 'cancelled'),
  hostingMode: fc.constantFrom('self-operated', 'semi-managed', 'fully-managed'),
  shipTo: fc.option(fc.constantFrom('A St 1', 'A St 1 ', 'B St 2'), { nil: undefined }),
  cashOnDelivery: fc.option(fc.boolean(), { nil: undefined }),
  vatCollected: fc.option(fc.boolean(), { nil: undefined }),
  parentOrderId: fc.option(fc.constantFrom('P1', 'P2'), { nil: undefined }),
  parcelId: fc.option(fc.constant('parcel-1'), { nil: undefined }),
}) as fc.Arbitrary<JointCandidate>;

describe('properties', () => {
  it('a group never mixes buyers, addresses or excluded orders', () => {
    fc.assert(
      fc.property(fc.array(order, { maxLength: 60 }), (orders) => {
        for (const group of findJointGroups(orders)) {
          expect(group.length).toBeGreaterThan(1);
          const [first] = group;
          for (const o of group) {
            expect(o.buyerId).toBe(first?.buyerId);
            expect(o.storeId).toBe(first?.storeId);
            expect(o.shipTo).toBe(first?.shipTo);
            expect(o.status).toBe('awaiting-shipment');
            expect(o.cashOnDelivery).not.toBe(true);
            expect(o.hostingMode).not.toBe('fully-managed');
            expect(o.parcelId).toBeUndefined();
            if (o.vatCollected || first?.vatCollected) expect(o.parentOrderId).toBe(first?.parentOrderId);
            expect(jointKey(o)).not.toBeNull();
          }
          expect(canShipJointly(group)).toBe(true);
        }
      }),
    );
  });
});
