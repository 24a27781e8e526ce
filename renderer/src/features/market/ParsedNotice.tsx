import { Alert } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { ParsedListing } from '@shared/market/listingParse';

const FIELD_KEYS: Record<string, string> = {
  itemId: 'market.add.ref',
  title: 'market.add.listingTitle',
  originalPrice: 'market.snapshot.original',
  sold: 'market.snapshot.sold',
  rating: 'market.snapshot.rating',
  reviews: 'market.snapshot.reviews',
  shipping: 'market.snapshot.shippingFee',
  store: 'market.add.storeName',
};

/** Names, in the UI language, what the parser could not read from the page. */
export function ParsedNotice({ parsed }: { parsed: ParsedListing }) {
  const { t } = useT();
  const fields = parsed.errors.map((e) => FIELD_KEYS[e.field]).filter((key): key is string => Boolean(key));
  if (parsed.price === null || fields.length === 0) return null;
  return (
    <Alert color="yellow" title={t('market.add.readTitle')}>
      {t('market.add.notRead', { fields: fields.map((key) => t(key)).join(', ') })}
    </Alert>
  );
}
