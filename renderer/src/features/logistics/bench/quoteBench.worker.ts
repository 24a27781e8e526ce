/** Quotes every parcel against every rate row off the page thread, as the bench's "quote all parcels" step. */
import { quoteParcel, type Parcel } from '@shared/logistics/quote';
import type { RateRow } from '@shared/logistics/rates';

self.onmessage = (message: MessageEvent<{ parcels: Parcel[]; rates: RateRow[] }>) => {
  const t0 = performance.now();
  let options = 0;
  for (const parcel of message.data.parcels)
    options += quoteParcel(parcel, message.data.rates).options.length;
  self.postMessage({
    seconds: (performance.now() - t0) / 1000,
    quoted: message.data.parcels.length,
    options,
  });
};
