import { Checkbox, Radio, Stack, Switch, TagsInput, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { ALERT_LEVELS, DEFAULT_SHIP_BY_RULE } from '@shared/logistics/deadline';
import { isDayKey } from '@shared/util/days';
import type { LogisticsSettings } from './hooks/useLogisticsSettings';

/** The day-count rule with its source, the seller's own closed days, and which alerts to show. */
export function ShipByRules({ settings }: { settings: LogisticsSettings }) {
  const { t } = useT();
  const { shipBy, alerts } = settings;
  const isDefaultSource = shipBy.source === DEFAULT_SHIP_BY_RULE.source;
  return (
    <Stack gap="md" maw={720}>
      <Title order={4}>{t('logistics.rules.title')}</Title>
      <Radio.Group
        label={t('logistics.rules.dayCount')}
        value={shipBy.rule}
        onChange={(rule) => void settings.saveShipBy({ ...shipBy, rule: rule as typeof shipBy.rule })}
      >
        <Stack gap={6} mt={6}>
          <Radio value="working-days" label={t('logistics.rules.working')} />
          <Radio value="calendar-days" label={t('logistics.rules.calendar')} />
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('logistics.rules.source')}: {isDefaultSource ? t('logistics.rules.defaultSource') : shipBy.source}{' '}
        ({shipBy.checkedOn})
      </Text>
      <Switch
        label={t('logistics.rules.weekends')}
        checked={shipBy.own.weekendsClosed}
        onChange={(event) =>
          void settings.saveShipBy({
            ...shipBy,
            own: { ...shipBy.own, weekendsClosed: event.currentTarget.checked },
          })
        }
      />
      <TagsInput
        label={t('logistics.rules.closedDays')}
        description={t('logistics.rules.closedDaysHint')}
        value={[...shipBy.own.closedDays]}
        onChange={(days) =>
          void settings.saveShipBy({
            ...shipBy,
            own: { ...shipBy.own, closedDays: days.filter(isDayKey).sort() },
          })
        }
        placeholder="2027-02-05"
      />
      <TagsInput
        label={t('logistics.rules.openDays')}
        description={t('logistics.rules.closedDaysHint')}
        value={[...shipBy.own.openDays]}
        onChange={(days) =>
          void settings.saveShipBy({
            ...shipBy,
            own: { ...shipBy.own, openDays: days.filter(isDayKey).sort() },
          })
        }
        placeholder="2026-10-03"
      />
      <Title order={4}>{t('logistics.rules.alerts')}</Title>
      <Stack gap={6}>
        {ALERT_LEVELS.map((level) => (
          <Checkbox
            key={level}
            label={t(`logistics.alertLevel.${level}`)}
            checked={alerts.enabled[level]}
            onChange={(event) =>
              void settings.saveAlerts({
                enabled: { ...alerts.enabled, [level]: event.currentTarget.checked },
              })
            }
          />
        ))}
      </Stack>
    </Stack>
  );
}
