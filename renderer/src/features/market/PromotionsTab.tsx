import { DayInput } from '../../components/DayInput';
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import { chinaClosureCalendar, type OwnClosures } from '@shared/calendar/closures';
import type { HostingMode } from '@shared/domain/types';
import {
  upcomingOccurrences,
  type PromotionEvent,
  type PromotionOccurrence,
} from '@shared/market/promotions';
import { stockUpPlan } from '@shared/market/stockUp';
import { CHECKLIST_ITEMS, type MarketSettings } from '@shared/market/types';
import { dayKeyOf } from '@shared/util/days';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { loadChecklists, savePromotionEvent, setChecklistItem } from './data/promotionData';
import { productTitle, type OwnProduct } from './ownPrices';
import { PastEvents } from './PastEvents';

interface Props {
  storeId: string;
  storeMode: HostingMode;
  events: PromotionEvent[];
  ownProducts: OwnProduct[];
  settings: MarketSettings;
  closures: OwnClosures;
  onSettings(patch: Partial<MarketSettings>): void;
  now(): number;
}

/** Upcoming platform events and market peaks with dates, a stock-up-by date per product, and a checklist. */
export function PromotionsTab({
  storeId,
  storeMode,
  events,
  ownProducts,
  settings,
  closures,
  onSettings,
  now,
}: Props) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const [productId, setProductId] = useState<string | null>(ownProducts[0]?.product.id ?? null);
  const [editing, setEditing] = useState<string | null>(null);
  const [ownName, setOwnName] = useState('');
  const today = dayKeyOf(now());
  const upcoming = upcomingOccurrences(today, events);
  const checklists = useLiveQuery(() => loadChecklists(db, storeId), [storeId]);
  const own = ownProducts.find((p) => p.product.id === productId);
  const calendar = chinaClosureCalendar(closures);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const fmt = (key: string) => day.format(new Date(`${key}T00:00:00Z`));
  const eventOf = (id: string) => events.find((e) => e.id === id);

  const addOwn = async () => {
    const name = ownName.trim();
    if (!name) return;
    const start = today;
    const year = today.slice(0, 4);
    await savePromotionEvent(
      db,
      storeId,
      {
        id: `own-${crypto.randomUUID()}`,
        name: { en: name, zh: name },
        kind: 'own',
        markets: [],
        years: {
          [year]: { registrationDeadline: start, warmUpStart: start, saleStart: start, saleEnd: start },
        },
        source: 'own',
        checkedOn: today,
      },
      now(),
    );
    setOwnName('');
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('market.promotions.product')}
          data={ownProducts.map((p) => ({ value: p.product.id, label: productTitle(p.product) }))}
          value={productId}
          onChange={setProductId}
          searchable
          w={360}
        />
        <NumberInput
          label={t('market.promotions.transit')}
          value={settings.transitDays}
          min={0}
          max={90}
          w={140}
          onChange={(v) => typeof v === 'number' && onSettings({ transitDays: v })}
        />
        <NumberInput
          label={t('market.promotions.inbound')}
          value={settings.inboundDays}
          min={0}
          max={60}
          w={240}
          onChange={(v) => typeof v === 'number' && onSettings({ inboundDays: v })}
        />
      </Group>
      {!own && <Text c="dimmed">{t('market.promotions.noProduct')}</Text>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {upcoming.map((occurrence) => {
          const event = eventOf(occurrence.eventId);
          const key = `${occurrence.eventId}|${occurrence.year}`;
          const mode = own?.product.hostingMode ?? storeMode;
          const plan = own
            ? stockUpPlan(
                {
                  saleStart: occurrence.saleStart,
                  handlingDays: own.product.handlingDays,
                  transitDays: settings.transitDays,
                  inboundDays: mode === 'fully-managed' ? settings.inboundDays : 0,
                },
                calendar,
              )
            : null;
          return (
            <Card
              key={key}
              withBorder
              role="article"
              aria-label={`${occurrence.name[lang]} ${occurrence.year}`}
            >
              <Group justify="space-between" mb={4}>
                <Title order={5}>
                  {occurrence.name[lang]} {occurrence.year}
                </Title>
                <Badge variant="light">{t(`market.promotions.kinds.${occurrence.kind}`)}</Badge>
              </Group>
              {editing === key && event ? (
                <DatesEditor
                  occurrence={occurrence}
                  onSave={async (dates) => {
                    await savePromotionEvent(
                      db,
                      storeId,
                      { ...event, years: { ...event.years, [occurrence.year]: dates } },
                      now(),
                    );
                    setEditing(null);
                  }}
                />
              ) : (
                <Stack gap={2}>
                  <Text size="sm">
                    {t('market.promotions.registration')}: {fmt(occurrence.registrationDeadline)}
                  </Text>
                  <Text size="sm">
                    {t('market.promotions.warmUp')}: {fmt(occurrence.warmUpStart)} ·{' '}
                    {t('market.promotions.sale')}: {fmt(occurrence.saleStart)} – {fmt(occurrence.saleEnd)}
                  </Text>
                </Stack>
              )}
              {plan && own && (
                <Stack gap={2} mt="xs">
                  <Text fw={600} data-testid={`stock-up-${occurrence.eventId}-${occurrence.year}`}>
                    {t('market.promotions.stockUp')}: {fmt(plan.stockUpBy)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('market.promotions.stockUpExplain', {
                      sale: fmt(occurrence.saleStart),
                      transit: settings.transitDays,
                      inbound: mode === 'fully-managed' ? settings.inboundDays : 0,
                      handOver: fmt(plan.handOverBy),
                      handling: own.product.handlingDays,
                      closed: plan.closures.length,
                    })}
                  </Text>
                  <Text size="xs" c="dimmed" data-testid="stock-up-own-closures">
                    {t(
                      closures.weekendsClosed
                        ? 'market.promotions.ownClosures'
                        : 'market.promotions.ownClosuresWeekendsOpen',
                      { count: closures.closedDays.length },
                    )}
                  </Text>
                  {plan.uncoveredYears.length > 0 && (
                    <Alert color="yellow" p="xs">
                      <Text size="xs">
                        {t('market.promotions.notCovered', { years: plan.uncoveredYears.join(', ') })}
                      </Text>
                    </Alert>
                  )}
                </Stack>
              )}
              <Group gap="sm" mt="xs" aria-label={t('market.promotions.checklist')} role="group">
                {CHECKLIST_ITEMS.map((item) => (
                  <Checkbox
                    key={item}
                    size="xs"
                    label={t(`market.promotions.items.${item}`)}
                    checked={checklists?.get(key)?.done[item] ?? false}
                    onChange={(e) =>
                      void setChecklistItem(
                        db,
                        storeId,
                        occurrence.eventId,
                        occurrence.year,
                        item,
                        e.currentTarget.checked,
                        now(),
                      )
                    }
                  />
                ))}
              </Group>
              <Group justify="space-between" mt="xs">
                <Text size="xs" c="dimmed">
                  {event && t('market.promotions.source', { source: event.source, date: event.checkedOn })}
                </Text>
                {editing !== key && (
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(key)}>
                    {t('market.promotions.editDates')}
                  </Button>
                )}
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
      <Group align="flex-end">
        <TextInput
          label={t('market.promotions.ownName')}
          value={ownName}
          onChange={(e) => setOwnName(e.currentTarget.value)}
        />
        <Button variant="light" onClick={() => void addOwn()} disabled={ownName.trim() === ''}>
          {t('market.promotions.addOwn')}
        </Button>
      </Group>
      <PastEvents storeId={storeId} events={events} today={today} />
    </Stack>
  );
}

function DatesEditor({
  occurrence,
  onSave,
}: {
  occurrence: PromotionOccurrence;
  onSave(
    dates: Pick<PromotionOccurrence, 'registrationDeadline' | 'warmUpStart' | 'saleStart' | 'saleEnd'>,
  ): Promise<void>;
}) {
  const { t } = useT();
  const [dates, setDates] = useState({
    registrationDeadline: occurrence.registrationDeadline,
    warmUpStart: occurrence.warmUpStart,
    saleStart: occurrence.saleStart,
    saleEnd: occurrence.saleEnd,
  });
  const field = (key: keyof typeof dates, label: string) => (
    <DayInput
      size="xs"
      label={label}
      value={dates[key] || null}
      onChange={(day) => setDates({ ...dates, [key]: day ?? '' })}
    />
  );
  const valid =
    Object.values(dates).every((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d)) && dates.saleStart <= dates.saleEnd;
  return (
    <Stack gap={4}>
      <SimpleGrid cols={2} spacing="xs">
        {field('registrationDeadline', t('market.promotions.registration'))}
        {field('warmUpStart', t('market.promotions.warmUp'))}
        {field('saleStart', `${t('market.promotions.sale')} ▸`)}
        {field('saleEnd', `${t('market.promotions.sale')} ◂`)}
      </SimpleGrid>
      <Button
        size="xs"
        onClick={() => void onSave(dates)}
        disabled={!valid}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('market.promotions.saveDates')}
      </Button>
    </Stack>
  );
}
