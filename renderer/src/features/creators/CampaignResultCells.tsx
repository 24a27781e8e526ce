import { Table, Tooltip } from '@mantine/core';
import { useT, type Translate } from '../../i18n/useT';
import type { CampaignResult } from '@shared/creators/attribution';
import { useMoney } from '../../app/useMoney';
import { localeOf } from '../../i18n';
import { count, ratio } from './format';

/** A campaign's margin, marked when only some of its orders could be priced; the reason on hover. */
export function marginText(
  result: Pick<CampaignResult, 'margin' | 'marginKnownOrders' | 'orders'>,
  format: (minor: number) => string,
  t: Translate,
): { text: string; note: string } {
  if (result.margin === null) return { text: '—', note: t('creators.result.marginUnknown') };
  const partial = result.marginKnownOrders < result.orders;
  return {
    text: partial ? `${format(result.margin)} *` : format(result.margin),
    note: partial
      ? t('creators.result.marginPartial', { known: result.marginKnownOrders, orders: result.orders })
      : t('creators.result.marginHint'),
  };
}

/** The result columns a campaign row shows everywhere: orders, GMV, refunded, cost, ROAS, margin. */
export function CampaignResultCells({
  result,
  currency,
}: {
  result: CampaignResult | undefined;
  currency: string;
}) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const money = useMoney();
  if (!result)
    return (
      <>
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Table.Td key={i} ta="right">
            …
          </Table.Td>
        ))}
      </>
    );
  const margin = marginText(result, (minor) => money.format(minor, currency), t);
  return (
    <>
      <Table.Td ta="right" data-testid="result-orders">
        {count(result.orders, locale)}
      </Table.Td>
      <Table.Td ta="right" data-testid="result-gmv">
        {money.format(result.gmv, currency)}
      </Table.Td>
      <Table.Td ta="right" data-testid="result-refunded">
        {count(result.refundedOrders, locale)}
      </Table.Td>
      <Table.Td ta="right" data-testid="result-cost">
        {money.format(result.cost, currency)}
      </Table.Td>
      <Table.Td ta="right" data-testid="result-roas">
        {ratio(result.roas, locale)}
      </Table.Td>
      <Table.Td ta="right" data-testid="result-margin">
        <Tooltip label={margin.note} multiline w={280}>
          <span>{margin.text}</span>
        </Tooltip>
      </Table.Td>
    </>
  );
}

export function CampaignResultHeads() {
  const { t } = useT();
  return (
    <>
      <Table.Th ta="right">{t('creators.result.orders')}</Table.Th>
      <Table.Th ta="right">{t('creators.result.gmv')}</Table.Th>
      <Table.Th ta="right">{t('creators.result.refunded')}</Table.Th>
      <Table.Th ta="right">{t('creators.result.cost')}</Table.Th>
      <Table.Th ta="right">{t('creators.result.roas')}</Table.Th>
      <Table.Th ta="right">{t('creators.result.margin')}</Table.Th>
    </>
  );
}
