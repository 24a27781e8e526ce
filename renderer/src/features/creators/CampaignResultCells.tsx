import { Table } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { CampaignResult } from '@shared/creators/attribution';
import { useMoney } from '../../app/useMoney';
import { localeOf } from '../../i18n';
import { count, ratio } from './format';

/** The result columns a campaign row shows everywhere: orders, GMV, refunded, cost, ROAS. */
export function CampaignResultCells({
  result,
  currency,
}: {
  result: CampaignResult | undefined;
  currency: string;
}) {
  const { i18n } = useT();
  const locale = localeOf(i18n.language);
  const money = useMoney();
  if (!result)
    return (
      <>
        {[0, 1, 2, 3, 4].map((i) => (
          <Table.Td key={i} ta="right">
            …
          </Table.Td>
        ))}
      </>
    );
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
    </>
  );
}
