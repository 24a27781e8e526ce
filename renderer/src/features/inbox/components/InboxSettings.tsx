import { useState } from 'react';
import {
  Button,
  Chip,
  Divider,
  Group,
  Modal,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';

import { SlaSettingsSchema, type SlaSettings } from '@shared/inbox/sla';
import { db, type Rep } from '../../../db/db';
import { createRep, renameRep, setCurrentRep } from '../../../data/reps';
import { saveSlaSettings } from '../data/slaSettings';
import { useT } from '../../../i18n/useT';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** Reply target, optional business hours, dispute warning; and the rep profiles on this PC. */
export function InboxSettings({
  opened,
  onClose,
  sla,
  reps,
  me,
}: {
  opened: boolean;
  onClose(): void;
  sla: SlaSettings;
  reps: Rep[];
  me?: Rep;
}) {
  const { t } = useT();
  const [draft, setDraft] = useState<SlaSettings>(sla);
  const [newRep, setNewRep] = useState('');
  const hours = draft.businessHours;
  const parsed = SlaSettingsSchema.safeParse(draft);
  const weekday = new Intl.DateTimeFormat(t('inbox.ui.settings.locale'), {
    weekday: 'short',
    timeZone: 'UTC',
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('inbox.ui.settings.title')}
      size="lg"
      data-testid="inbox-settings"
    >
      <Stack gap="sm">
        <NumberInput
          label={t('inbox.ui.settings.target')}
          min={1}
          max={1440}
          value={draft.targetHours}
          onChange={(v) => setDraft({ ...draft, targetHours: Number(v) || 24 })}
        />
        <NumberInput
          label={t('inbox.ui.settings.disputeWarning')}
          min={1}
          value={draft.disputeWarningHours}
          onChange={(v) => setDraft({ ...draft, disputeWarningHours: Number(v) || 48 })}
        />
        <Switch
          label={t('inbox.ui.settings.businessHours')}
          checked={!!hours}
          onChange={(e) =>
            setDraft(
              e.currentTarget.checked
                ? {
                    ...draft,
                    businessHours: {
                      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
                      days: [1, 2, 3, 4, 5],
                      startHour: 9,
                      endHour: 18,
                    },
                  }
                : { ...draft, businessHours: undefined },
            )
          }
        />
        {hours && (
          <>
            <Group grow>
              <TextInput
                label={t('inbox.ui.settings.timeZone')}
                value={hours.timeZone}
                onChange={(e) =>
                  setDraft({ ...draft, businessHours: { ...hours, timeZone: e.currentTarget.value } })
                }
              />
              <NumberInput
                label={t('inbox.ui.settings.start')}
                min={0}
                max={24}
                value={hours.startHour}
                onChange={(v) => setDraft({ ...draft, businessHours: { ...hours, startHour: Number(v) } })}
              />
              <NumberInput
                label={t('inbox.ui.settings.end')}
                min={0}
                max={24}
                value={hours.endHour}
                onChange={(v) => setDraft({ ...draft, businessHours: { ...hours, endHour: Number(v) } })}
              />
            </Group>
            <Chip.Group
              multiple
              value={hours.days.map(String)}
              onChange={(days) => setDraft({ ...draft, businessHours: { ...hours, days: days.map(Number) } })}
            >
              <Group gap={4}>
                {WEEKDAYS.map((d) => (
                  <Chip key={d} value={String(d)} size="xs">
                    {weekday.format(Date.UTC(2024, 0, 7 + d))}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </>
        )}
        {!parsed.success && (
          <Text size="xs" c="red">
            {parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}
          </Text>
        )}
        <Button
          disabled={!parsed.success}
          onClick={() => parsed.success && void saveSlaSettings(db, parsed.data).then(onClose)}
        >
          {t('inbox.ui.settings.save')}
        </Button>
        <Divider label={t('inbox.ui.reps.title')} />
        {reps.map((rep) => (
          <Group key={rep.id} gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              defaultValue={rep.name}
              aria-label={t('inbox.ui.reps.name')}
              onBlur={(e) =>
                e.currentTarget.value.trim() && void renameRep(db, rep.id, e.currentTarget.value)
              }
            />
            <Button
              size="xs"
              variant={rep.id === me?.id ? 'filled' : 'default'}
              onClick={() => void setCurrentRep(db, rep.id)}
            >
              {rep.id === me?.id ? t('inbox.ui.reps.isMe') : t('inbox.ui.reps.makeMe')}
            </Button>
          </Group>
        ))}
        <Group gap="xs">
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            placeholder={t('inbox.ui.reps.newPlaceholder')}
            value={newRep}
            onChange={(e) => setNewRep(e.currentTarget.value)}
          />
          <Button
            size="xs"
            disabled={!newRep.trim()}
            onClick={() => void createRep(db, newRep).then(() => setNewRep(''))}
          >
            {t('inbox.ui.reps.add')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
