import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { TouchRow } from '@shared/creators/types';
import type { Store } from '@shared/domain/types';
import { DAY_MS } from '@shared/util/days';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { saveCampaign, saveTouch } from './data/writes';
import { count, dateTime, fromLocalInput, toLocalInput } from './format';
import { FormModal } from './FormModal';
import { RowsTable } from './RowsTable';
import { useCampaigns, useCreatorRules, useProductOptions, useTouches } from './hooks';

/** Local calendar day key of an instant ("2026-12-04"), for the month grid in the user's zone. */
function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The LIVE schedule: a month calendar of sessions, reminders for those about to start, and each session's result. */
export function LiveTab({ store }: { store: Store }) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const touches = useTouches(store.id);
  const campaigns = useCampaigns(store.id);
  const [month, setMonth] = useState(() => {
    const now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), 1);
  });
  const [selectedDay, setSelectedDay] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [resultFor, setResultFor] = useState<TouchRow | undefined>();
  const sessions = useMemo(
    () => (touches ?? []).filter((touch) => touch.kind === 'live').sort((a, b) => a.at - b.at),
    [touches],
  );
  const byDay = useMemo(() => {
    const map = new Map<string, TouchRow[]>();
    for (const s of sessions) map.set(localDay(s.at), [...(map.get(localDay(s.at)) ?? []), s]);
    return map;
  }, [sessions]);
  const nameOf = new Map((campaigns ?? []).map((c) => [c.id, c.name]));
  const now = Date.now();
  const reminders = sessions.filter(
    (s) => s.reminderMinutes !== undefined && now >= s.at - s.reminderMinutes * 60_000 && now < s.at,
  );
  const upcoming = sessions.filter((s) => s.at >= now).slice(0, 20);
  const shown = selectedDay ? (byDay.get(selectedDay) ?? []) : upcoming;

  // Monday-first grid, as calendars in China are printed.
  const first = new Date(month);
  const offset = (first.getDay() + 6) % 7;
  const daysInMonth = new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate();
  const cells = Array.from({ length: Math.ceil((offset + daysInMonth) / 7) * 7 }, (_, i) => i - offset + 1);
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(new Date(2024, 0, 1 + i)),
  );
  const monthLabel = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(month);

  return (
    <Stack gap="md">
      {reminders.map((s) => (
        <Alert key={s.id} color="orange" title={t('creators.live.reminderTitle')}>
          {t('creators.live.reminder', {
            name: nameOf.get(s.campaignId) ?? '',
            time: dateTime(s.at, locale),
          })}
        </Alert>
      ))}
      <Group justify="space-between">
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => setMonth(new Date(month.getFullYear(), month.getMonth() - 1, 1))}
            aria-label={t('creators.live.previousMonth')}
          >
            ‹
          </Button>
          <Text fw={600} data-testid="live-month">
            {monthLabel}
          </Text>
          <Button
            variant="default"
            size="xs"
            onClick={() => setMonth(new Date(month.getFullYear(), month.getMonth() + 1, 1))}
            aria-label={t('creators.live.nextMonth')}
          >
            ›
          </Button>
        </Group>
        <Button onClick={() => setScheduling(true)}>{t('creators.live.schedule')}</Button>
      </Group>
      <SimpleGrid cols={7} spacing={4} role="grid" aria-label={t('creators.live.calendar')}>
        {weekdays.map((w) => (
          <Text key={w} size="xs" c="dimmed" ta="center">
            {w}
          </Text>
        ))}
        {cells.map((day, index) => {
          if (day < 1 || day > daysInMonth) return <div key={index} />;
          const key = localDay(new Date(month.getFullYear(), month.getMonth(), day).getTime());
          const list = byDay.get(key) ?? [];
          const selected = selectedDay === key;
          return (
            <UnstyledButton
              key={index}
              onClick={() => setSelectedDay(selected ? null : key)}
              aria-pressed={selected}
              aria-label={`${key}${list.length ? `, ${t('creators.live.sessions', { n: list.length })}` : ''}`}
              data-testid={`live-day-${key}`}
              style={{
                border: '1px solid var(--mantine-color-default-border)',
                borderRadius: 4,
                padding: 4,
                minHeight: 64,
                background: selected ? 'var(--mantine-color-blue-light)' : undefined,
              }}
            >
              <Text size="xs">{day}</Text>
              {list.slice(0, 2).map((s) => (
                <Text key={s.id} size="xs" c="orange" truncate>
                  {new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(s.at)}{' '}
                  {nameOf.get(s.campaignId)}
                </Text>
              ))}
              {list.length > 2 && (
                <Text size="xs" c="dimmed">
                  +{list.length - 2}
                </Text>
              )}
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {selectedDay ? t('creators.live.onDay', { day: selectedDay }) : t('creators.live.upcoming')}
        </Text>
        <RowsTable
          rows={shown}
          empty={t('creators.live.none')}
          columns={[
            { head: t('creators.touches.at'), cell: (s) => dateTime(s.at, locale) },
            { head: t('creators.field.campaign'), cell: (s) => nameOf.get(s.campaignId) ?? '—' },
            { head: t('creators.live.products'), cell: (s) => count(s.productIds?.length ?? 0, locale) },
            {
              head: t('creators.live.result'),
              cell: (s) =>
                s.result
                  ? t('creators.live.resultValue', {
                      viewers: count(s.result.viewers, locale),
                      orders: count(s.result.reportedOrders, locale),
                    })
                  : '—',
            },
          ]}
          action={(s) => (
            <Button size="compact-xs" variant="subtle" onClick={() => setResultFor(s)}>
              {t('creators.live.enterResult')}
            </Button>
          )}
        />
      </Card>
      {scheduling && (
        <ScheduleModal
          store={store}
          onClose={() => setScheduling(false)}
          onScheduled={(at) => {
            const d = new Date(at);
            setMonth(new Date(d.getFullYear(), d.getMonth(), 1));
            setSelectedDay(localDay(at));
          }}
        />
      )}
      {resultFor && <ResultModal touch={resultFor} onClose={() => setResultFor(undefined)} />}
    </Stack>
  );
}

function ScheduleModal({
  store,
  onClose,
  onScheduled,
}: {
  store: Store;
  onClose(): void;
  onScheduled(at: number): void;
}) {
  const { t } = useT();
  const rules = useCreatorRules();
  const campaigns = (useCampaigns(store.id) ?? []).filter((c) => c.kind === 'live');
  const products = useProductOptions(store.id);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [at, setAt] = useState(toLocalInput(Date.now() + DAY_MS));
  const [productIds, setProductIds] = useState<string[]>([]);
  const [reminder, setReminder] = useState<number | string>(30);
  const [tried, setTried] = useState(false);
  const when = fromLocalInput(at);
  const valid = when !== undefined && (campaignId !== null || title.trim() !== '');
  const submit = async () => {
    setTried(true);
    if (!valid || when === undefined) return;
    const id =
      campaignId ??
      (await saveCampaign(db, {
        storeId: store.id,
        name: title.trim(),
        kind: 'live',
        status: 'agreed',
        startsAt: when,
        endsAt: when + 2 * 3_600_000,
        productIds,
        commissionRate: 0,
        fixedFee: { amount: 0, currency: store.currency },
        codes: [],
        windowDays: rules.attributionWindowDays.value,
      }));
    await saveTouch(db, {
      storeId: store.id,
      campaignId: id,
      kind: 'live',
      at: when,
      productIds,
      ...(typeof reminder === 'number' ? { reminderMinutes: reminder } : {}),
    });
    onScheduled(when);
    onClose();
  };
  return (
    <FormModal
      title={t('creators.live.schedule')}
      submitLabel={t('creators.live.scheduleButton')}
      onClose={onClose}
      onSubmit={submit}
    >
      <Select
        label={t('creators.live.campaign')}
        placeholder={t('creators.live.newOwnLive')}
        data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
        value={campaignId}
        onChange={setCampaignId}
        clearable
      />
      {campaignId === null && (
        <TextInput
          label={t('creators.live.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={tried && title.trim() === '' ? t('creators.campaignForm.nameRequired') : undefined}
          data-autofocus
        />
      )}
      <TextInput
        type="datetime-local"
        label={t('creators.touches.at')}
        value={at}
        onChange={(e) => setAt(e.currentTarget.value)}
        error={tried && when === undefined ? t('creators.touches.atInvalid') : undefined}
      />
      <MultiSelect
        label={t('creators.live.products')}
        data={products}
        value={productIds}
        onChange={setProductIds}
        searchable
        limit={100}
      />
      <NumberInput
        label={t('creators.live.reminderMinutes')}
        value={reminder}
        onChange={setReminder}
        min={0}
        max={1440}
      />
    </FormModal>
  );
}

function ResultModal({ touch, onClose }: { touch: TouchRow; onClose(): void }) {
  const { t } = useT();
  const [viewers, setViewers] = useState<number | string>(touch.result?.viewers ?? '');
  const [likes, setLikes] = useState<number | string>(touch.result?.likes ?? '');
  const [orders, setOrders] = useState<number | string>(touch.result?.reportedOrders ?? '');
  const [notes, setNotes] = useState(touch.result?.notes ?? '');
  const submit = async () => {
    const { id, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest } = touch;
    await saveTouch(
      db,
      {
        ...rest,
        result: {
          ...(typeof viewers === 'number' ? { viewers } : {}),
          ...(typeof likes === 'number' ? { likes } : {}),
          ...(typeof orders === 'number' ? { reportedOrders: orders } : {}),
          ...(notes ? { notes } : {}),
        },
      },
      id,
    );
    onClose();
  };
  return (
    <FormModal title={t('creators.live.enterResult')} onClose={onClose} onSubmit={submit}>
      <NumberInput
        label={t('creators.live.viewers')}
        value={viewers}
        onChange={setViewers}
        min={0}
        thousandSeparator
      />
      <NumberInput
        label={t('creators.live.likes')}
        value={likes}
        onChange={setLikes}
        min={0}
        thousandSeparator
      />
      <NumberInput
        label={t('creators.live.reportedOrders')}
        description={t('creators.live.reportedHint')}
        value={orders}
        onChange={setOrders}
        min={0}
      />
      <TextInput
        label={t('creators.field.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
    </FormModal>
  );
}
