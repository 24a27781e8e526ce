/** The editable form of a snapshot: filled from a parsed page or typed in, turned into a snapshot row. */
import type { ParsedListing } from '@shared/market/listingParse';
import { toMinorUnits } from '@shared/market/prices';
import { dayKeyOf, dayStartMs } from '@shared/util/days';
import type { SnapshotInput } from './data/competitors';

export interface SnapshotFormValues {
  day: string;
  price: number | '';
  priceMax: number | '';
  original: number | '';
  currency: string;
  sold: number | '';
  rounded: boolean;
  rating: number | '';
  reviews: number | '';
  freeShipping: boolean;
  shippingFee: number | '';
}

export function emptySnapshotForm(now: number, currency = 'USD'): SnapshotFormValues {
  return {
    day: dayKeyOf(now),
    price: '',
    priceMax: '',
    original: '',
    currency,
    sold: '',
    rounded: false,
    rating: '',
    reviews: '',
    freeShipping: false,
    shippingFee: '',
  };
}

export function formFromParsed(
  parsed: ParsedListing,
  now: number,
  fallbackCurrency: string,
): SnapshotFormValues {
  const form = emptySnapshotForm(now, parsed.price?.currency ?? fallbackCurrency);
  if (parsed.price) {
    form.price = parsed.price.min;
    if (parsed.price.max !== parsed.price.min) form.priceMax = parsed.price.max;
  }
  if (parsed.originalPrice) form.original = parsed.originalPrice.min;
  if (parsed.sold) {
    form.sold = parsed.sold.min;
    form.rounded = parsed.sold.rounded;
  }
  if (parsed.rating !== null) form.rating = parsed.rating;
  if (parsed.reviews !== null) form.reviews = parsed.reviews;
  if (parsed.shipping) {
    if ('free' in parsed.shipping) form.freeShipping = true;
    else form.shippingFee = parsed.shipping.amount;
  }
  return form;
}

/** The snapshot row, taken at noon UTC of the chosen day (a day, not a moment, is what the seller picks). */
export function snapshotFromForm(
  form: SnapshotFormValues,
  listingTitle: string,
  source: 'paste' | 'manual',
): SnapshotInput | null {
  if (form.price === '' || !/^\d{4}-\d{2}-\d{2}$/u.test(form.day)) return null;
  const currency = form.currency;
  const snapshot: SnapshotInput = {
    takenAt: dayStartMs(form.day) + 12 * 3_600_000,
    day: form.day,
    listingTitle,
    price: { amount: toMinorUnits(form.price, currency), currency },
    orders: form.sold === '' ? 0 : form.sold,
    soldRounded: form.rounded,
    rating: form.rating === '' ? 0 : form.rating,
    reviews: form.reviews === '' ? 0 : form.reviews,
    source,
  };
  if (form.priceMax !== '' && form.priceMax > form.price)
    snapshot.priceMax = toMinorUnits(form.priceMax, currency);
  if (form.original !== '')
    snapshot.originalPrice = { amount: toMinorUnits(form.original, currency), currency };
  if (form.freeShipping) snapshot.shipping = { amount: 0, currency };
  else if (form.shippingFee !== '')
    snapshot.shipping = { amount: toMinorUnits(form.shippingFee, currency), currency };
  return snapshot;
}
