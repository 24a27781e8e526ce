import { describe, expect, it } from 'vitest';
import { chinaClosureCalendar } from '@shared/calendar/closures';
import { firstScanDueAt, missingFirstScan, trackingStatusFromText } from './trackingExport';

describe('tracking statuses', () => {
  it('reads the words of common exports, longest first', () => {
    expect(trackingStatusFromText('Delivered')).toEqual({ status: 'delivered', scanned: true });
    expect(trackingStatusFromText('Undelivered')?.status).toBe('exception');
    expect(trackingStatusFromText('NOT_DELIVERED')?.status).toBe('exception');
    expect(trackingStatusFromText('Info Received')).toEqual({ status: 'in-transit', scanned: false });
    expect(trackingStatusFromText('运输途中')).toEqual({ status: 'in-transit', scanned: true });
    expect(trackingStatusFromText('未妥投')?.status).toBe('exception');
    expect(trackingStatusFromText('已签收')?.status).toBe('delivered');
    expect(trackingStatusFromText('Expired')?.status).toBe('expired');
    expect(trackingStatusFromText('teleported')).toBeUndefined();
  });
});

describe('first carrier scan within 5 working days', () => {
  const calendar = chinaClosureCalendar();
  it('counts working days on the shared calendar, skipping the Spring Festival', () => {
    // Declared Fri 13 Feb 2026 (China): 14 Feb is a make-up workday, 15–23 Feb closed, then 24, 25, 26, 27: due at the end of the 27th.
    const declaredAt = Date.UTC(2026, 1, 13, 2, 0);
    expect(new Date(firstScanDueAt(calendar, declaredAt)).toISOString()).toBe('2026-02-27T16:00:00.000Z');
    // An ordinary week: declared Mon 2 Mar, due at the end of Mon 9 Mar.
    expect(new Date(firstScanDueAt(calendar, Date.UTC(2026, 2, 2, 2))).toISOString()).toBe(
      '2026-03-09T16:00:00.000Z',
    );
  });
  it('warns only for a declared, unscanned, undelivered parcel past its due time', () => {
    const declaredAt = Date.UTC(2026, 2, 2, 2);
    const late = Date.UTC(2026, 2, 9, 16, 0);
    const parcel = { declaredAt, status: 'in-transit' as const };
    expect(missingFirstScan(parcel, calendar, late - 1)).toBe(false);
    expect(missingFirstScan(parcel, calendar, late)).toBe(true);
    expect(missingFirstScan({ ...parcel, firstScanAt: declaredAt + 1 }, calendar, late)).toBe(false);
    expect(missingFirstScan({ ...parcel, status: 'delivered' }, calendar, late)).toBe(false);
    expect(missingFirstScan({ status: 'packing' }, calendar, late)).toBe(false);
  });
});
