import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useT } from '../../i18n/useT';
import type { Order } from '@shared/domain/types';
import { quoteParcel, type Parcel, type QuoteContext } from '@shared/logistics/quote';
import type { RateRow } from '@shared/logistics/rates';
import {
  checkTrackingNumber,
  checkTrackingNumberAs,
  TRACKING_CARRIERS,
  type TrackingCarrier,
} from '@shared/logistics/tracking';
import { shipOrders, trackingNumberUsedBy } from '../../data/shipping';
import { db } from '../../db/db';
import { moneyText } from './format';

interface Props {
  orders: Order[];
  parcel: Parcel;
  rates: RateRow[];
  quoteContext: QuoteContext;
  onClose(): void;
}

/** Carrier, service and tracking number for one parcel; the number is checked before it is accepted. */
export function ShipDialog({ orders, parcel, rates, quoteContext, onClose }: Props) {
  const { t, i18n } = useT();
  const [weight, setWeight] = useState<number>(parcel.weightG);
  const [tracking, setTracking] = useState('');
  const [override, setOverride] = useState<TrackingCarrier | null>(null);
  const [serviceKey, setServiceKey] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<string[]>([]);
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const [busy, setBusy] = useState(false);
  /** What the seller paid, when it differs from the quote ('' = use the chosen quote). */
  const [paid, setPaid] = useState<number | string>('');
  const quote = useMemo(
    () => quoteParcel({ ...parcel, weightG: weight || 1 }, rates, quoteContext),
    [parcel, weight, rates, quoteContext],
  );
  const options = quote.options.map((o) => ({
    value: `${o.carrier}\u0001${o.service}`,
    label: `${o.carrier} · ${o.service} — ${moneyText(o.costHundredths, o.currency, i18n.language)} · ${t('logistics.quote.days', { min: o.daysMin, max: o.daysMax })}`,
  }));
  const chosenKey = serviceKey ?? options[0]?.value ?? null;
  const chosen = quote.options.find((o) => `${o.carrier}\u0001${o.service}` === chosenKey);
  const check =
    tracking.trim() === ''
      ? null
      : override
        ? checkTrackingNumberAs(tracking, override)
        : checkTrackingNumber(tracking);
  const orderIds = orders.map((o) => o.id);
  const costCurrency = chosen?.currency ?? rates[0]?.currency ?? 'CNY';

  useEffect(() => {
    let cancelled = false;
    const normalized = check?.valid ? check.normalized : '';
    if (!normalized) {
      setDuplicates([]);
      return;
    }
    void trackingNumberUsedBy(db, normalized, orderIds).then((used) => {
      if (!cancelled) setDuplicates(used);
    });
    return () => {
      cancelled = true;
    };
    // orderIds is derived from orders, which do not change while the dialog is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [check?.normalized, check?.valid]);

  const canShip =
    Boolean(check?.valid && check.carrier) && (duplicates.length === 0 || confirmDuplicate) && !busy;

  const submit = async () => {
    if (!check?.valid || !check.carrier || !canShip) return;
    setBusy(true);
    try {
      await shipOrders(db, {
        storeId: orders[0]?.storeId ?? '',
        orderIds,
        carrierName: chosen?.carrier ?? t(`logistics.carrier.${check.carrier}`),
        service: chosen?.service ?? '',
        trackingCarrier: check.carrier,
        trackingNumber: check.normalized,
        ...(typeof paid === 'number' && paid >= 0
          ? { costHundredths: Math.round(paid * 100), costCurrency: costCurrency }
          : chosen
            ? { costHundredths: chosen.costHundredths, costCurrency: chosen.currency }
            : {}),
        weightG: weight,
        now: Date.now(),
      });
      notifications.show({
        color: 'green',
        message: t('logistics.ship.done', { count: orders.length, number: check.normalized }),
      });
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const reasonText =
    check && !check.valid && check.reason ? t(`logistics.reason.${reasonKey(check.reason)}`) : null;
  return (
    <Modal opened onClose={onClose} title={t('logistics.ship.title', { count: orders.length })} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {orders.map((o) => o.orderId).join(', ')} · {parcel.country}
          </Text>
          <NumberInput
            label={t('logistics.ship.weight')}
            value={weight}
            onChange={(value) => setWeight(typeof value === 'number' ? value : Number(value) || 0)}
            min={1}
            suffix=" g"
          />
          {options.length > 0 ? (
            <Select
              label={t('logistics.ship.service')}
              data={options}
              value={chosenKey}
              onChange={setServiceKey}
              allowDeselect={false}
            />
          ) : (
            <Alert color="yellow">{t('logistics.ship.noRates')}</Alert>
          )}
          <NumberInput
            label={t('logistics.ship.cost', { currency: costCurrency })}
            description={t('logistics.ship.costHint')}
            placeholder={chosen ? String(chosen.cost) : ''}
            value={paid}
            onChange={setPaid}
            min={0}
            decimalScale={2}
          />
          <TextInput
            label={t('logistics.ship.tracking')}
            description={t('logistics.ship.trackingHint')}
            value={tracking}
            onChange={(event) => setTracking(event.currentTarget.value)}
            error={reasonText}
            data-autofocus
            autoComplete="off"
            spellCheck={false}
          />
          {check?.valid && (
            <Group gap="xs" aria-live="polite">
              <Badge color="green">
                {t('logistics.ship.valid', { carrier: t(`logistics.carrier.${check.carrier}`) })}
              </Badge>
              {check.country && <Badge variant="light">{check.country}</Badge>}
              <Text size="xs" ff="monospace">
                {check.normalized}
              </Text>
            </Group>
          )}
          <Select
            label={t('logistics.ship.carrierOverride')}
            placeholder={t('logistics.ship.detected')}
            data={TRACKING_CARRIERS.map((c) => ({ value: c, label: t(`logistics.carrier.${c}`) }))}
            value={override}
            onChange={(value) => setOverride(value as TrackingCarrier | null)}
            clearable
          />
          {duplicates.length > 0 && (
            <Alert color="orange" title={t('logistics.ship.duplicateTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('logistics.ship.duplicate', { orders: duplicates.join(', ') })}</Text>
                <Checkbox
                  label={t('logistics.ship.duplicateConfirm')}
                  checked={confirmDuplicate}
                  onChange={(event) => setConfirmDuplicate(event.currentTarget.checked)}
                />
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('logistics.cancel')}
            </Button>
            <Button type="submit" disabled={!canShip} loading={busy}>
              {t('logistics.ship.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function reasonKey(reason: string): string {
  if (reason === 'wrong check digit') return 'checkDigit';
  if (reason === 'unknown country code') return 'country';
  return 'notTracking';
}
