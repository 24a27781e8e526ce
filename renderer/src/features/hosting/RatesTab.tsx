import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';

import {
  fieldKey,
  modeNameKey,
  RATE_SECTIONS,
  rateFields,
  rateIssues,
  rateSourceKey,
  readSetting,
  writeSetting,
  type HostingRates,
  type RateField,
  type RateSource,
} from '@shared/hosting';
import { db } from '../../db/db';
import { resetHostingRates, saveHostingRates } from '../../data/hosting/hostingRates';
import { useHostingRates } from './useHostingRates';
import { fromDisplay, toDisplay } from './rateInput';
import { useT } from '../../i18n/useT';

const SOURCE_COLOR: Record<RateSource, string> = {
  'platform-published': 'teal',
  'seller-reported': 'blue',
  assumption: 'gray',
  user: 'orange',
};

/** Every fee of the profit model, editable, with where its default came from; saved only when valid. */
export function RatesTab() {
  const { t } = useT();
  const loaded = useHostingRates(db);
  const [draft, setDraft] = useState<HostingRates>();
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (loaded && !dirty) setDraft(loaded.rates);
  }, [loaded, dirty]);
  const issues = useMemo(() => (draft ? rateIssues(draft) : []), [draft]);
  if (!loaded || !draft) return null;

  const badFields = new Set(issues.flatMap((i) => (i.kind === 'field' ? [i.path] : [])));
  const label = (f: RateField) => {
    const args = f.labelArgs ?? {};
    return t(f.labelKey, {
      mode: args.mode ? t(modeNameKey(args.mode as never)) : '',
      category: args.category ? t(`category.${args.category}`, { defaultValue: args.category }) : '',
      task: args.task ? t(`hosting.ui.rates.task.${args.task}`) : '',
    });
  };
  const suffix = (f: RateField) =>
    f.kind === 'rate'
      ? ' %'
      : f.kind === 'money'
        ? ` ${draft.currency}`
        : f.kind === 'minutes'
          ? ` ${t('hosting.ui.rates.minutesUnit')}`
          : ` ${t('hosting.ui.rates.monthsUnit')}`;
  const change = (f: RateField, shown: number | string) => {
    const n = typeof shown === 'number' ? shown : Number(shown);
    if (!Number.isFinite(n)) return;
    setDraft(writeSetting(draft, f, fromDisplay(f.kind, n, draft.currency)));
    setDirty(true);
  };
  const save = async () => {
    setTried(true);
    const result = await saveHostingRates(db, draft);
    if (!result.ok) return notifications.show({ color: 'red', message: t('hosting.ui.rates.invalid') });
    setDirty(false);
    notifications.show({ color: 'teal', message: t('hosting.ui.rates.saved') });
  };
  const reset = async () => {
    if (!window.confirm(t('hosting.ui.rates.resetConfirm'))) return;
    await resetHostingRates(db);
    setDirty(false);
    notifications.show({ message: t('hosting.ui.rates.resetDone') });
  };
  const fields = rateFields(draft);

  return (
    <Stack gap="md" data-testid="rates-editor">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" maw={720}>
          {t('hosting.ui.rates.help')}
        </Text>
        <Group gap="xs">
          {dirty && (
            <Text size="sm" c="orange">
              {t('hosting.ui.rates.unsaved')}
            </Text>
          )}
          <Button variant="default" onClick={() => void reset()} data-testid="rates-reset">
            {t('hosting.ui.rates.reset')}
          </Button>
          <Button onClick={() => void save()} disabled={!dirty} data-testid="rates-save">
            {t('hosting.ui.rates.save')}
          </Button>
        </Group>
      </Group>
      {loaded.storedInvalid && <Alert color="yellow">{t('hosting.ui.rates.storedInvalid')}</Alert>}
      {issues.length > 0 && (
        <Alert color="red" data-testid="rates-issues">
          <Stack gap={2}>
            {(tried || dirty) && (
              <Text size="sm" fw={600}>
                {t('hosting.ui.rates.invalid')}
              </Text>
            )}
            {issues.map((issue, i) =>
              issue.kind === 'total' ? (
                <Text size="sm" key={i}>
                  {t('hosting.ui.rates.total', {
                    mode: issue.mode ? t(modeNameKey(issue.mode as never)) : '',
                  })}
                </Text>
              ) : issue.kind === 'currency' ? (
                <Text size="sm" key={i}>
                  {t('hosting.ui.rates.currencyInvalid')}
                </Text>
              ) : null,
            )}
          </Stack>
        </Alert>
      )}
      <TextInput
        label={t('hosting.ui.rates.currency')}
        value={draft.currency}
        onChange={(e) => {
          setDraft({ ...draft, currency: e.currentTarget.value.toUpperCase() });
          setDirty(true);
        }}
        error={issues.some((i) => i.kind === 'currency') ? t('hosting.ui.rates.currencyInvalid') : undefined}
        w={200}
        maxLength={3}
      />
      {RATE_SECTIONS.map((section) => (
        <Card withBorder key={section}>
          <Stack gap="sm">
            <Title order={5}>{t(`hosting.ui.rates.section.${section}`)}</Title>
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
              {fields
                .filter((f) => f.section === section)
                .map((f) => {
                  const setting = readSetting(draft, f);
                  const source = setting.source as RateSource;
                  return (
                    <Stack gap={2} key={fieldKey(f)}>
                      <NumberInput
                        label={label(f)}
                        value={toDisplay(f.kind, setting.value, draft.currency)}
                        onChange={(v) => change(f, v)}
                        min={0}
                        decimalScale={f.kind === 'rate' ? 2 : f.kind === 'money' ? 2 : 1}
                        suffix={suffix(f)}
                        error={badFields.has(fieldKey(f)) ? t('hosting.ui.rates.fieldInvalid') : undefined}
                        data-testid={`rate-${fieldKey(f)}`}
                      />
                      <Group gap={4}>
                        <Tooltip label={t(rateSourceKey(source))} multiline w={280}>
                          <Badge size="xs" variant="light" color={SOURCE_COLOR[source]}>
                            {t('hosting.ui.rates.source')}: {t(rateSourceKey(source)).split(/[;；]/)[0]}
                          </Badge>
                        </Tooltip>
                      </Group>
                      {setting.noteKey && (
                        <Text size="xs" c="dimmed">
                          {t(setting.noteKey)}
                        </Text>
                      )}
                    </Stack>
                  );
                })}
            </SimpleGrid>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
