import { useEffect, useState } from 'react';
import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { DEFAULT_EXCHANGE_RATES, ExchangeRatesSchema } from '@shared/analytics/money';
import { EXCHANGE_RATES_KEY } from '../../data/exchangeRates';
import { useExchangeRates } from '../../app/useMoney';
import { DISPLAY_CURRENCIES } from '../../app/currencies';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';

/** The rates every conversion uses: the seller's own payout rates, never fetched from the network. */
export function ExchangeRatesCard() {
  const { t } = useT();
  const rates = useExchangeRates();
  const [draft, setDraft] = useState<Record<string, number | ''>>({});
  useEffect(() => setDraft({ ...rates.perUsd }), [rates]);
  const shown = DISPLAY_CURRENCIES.filter((c) => c !== 'USD');
  const invalid = shown.find((c) => !(typeof draft[c] === 'number' && (draft[c] as number) > 0));

  const save = async () => {
    const candidate = { ...rates, perUsd: { ...rates.perUsd, ...draft }, source: 'user' };
    const parsed = ExchangeRatesSchema.safeParse(candidate);
    if (!parsed.success || invalid) return;
    await db.settings.put({ key: EXCHANGE_RATES_KEY, value: parsed.data });
    notifications.show({ color: 'teal', message: t('settings.ratesSaved') });
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('settings.rates')}</Title>
        <Text size="sm" c="dimmed">
          {t('settings.ratesHelp')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {shown.map((currency) => (
            <NumberInput
              key={currency}
              label={`1 USD = … ${currency}`}
              min={0}
              decimalScale={4}
              value={draft[currency] ?? ''}
              onChange={(v) => setDraft({ ...draft, [currency]: v === '' ? '' : Number(v) })}
              error={invalid === currency ? t('settings.ratesInvalid', { currency }) : undefined}
            />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('settings.ratesNote', { date: DEFAULT_EXCHANGE_RATES.asOf })}
        </Text>
        <Group>
          <Button onClick={() => void save()} disabled={Boolean(invalid)}>
            {t('settings.ratesSave')}
          </Button>
          <Button variant="default" onClick={() => void db.settings.delete(EXCHANGE_RATES_KEY)}>
            {t('settings.ratesReset')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
