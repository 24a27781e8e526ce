import { memo, type RefObject } from 'react';
import { Alert, Badge, Button, Group, Menu, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock, IconRotate } from '@tabler/icons-react';

import { computeSla, type SlaSettings } from '@shared/inbox/sla';
import { db, type InboxConversation, type Rep } from '../../../db/db';
import {
  assignConversation,
  reopenConversation,
  resolveConversation,
  setConversationLabels,
  snoozeConversation,
} from '../data/conversationActions';
import { formatDuration } from './formatDuration';
import { SlaBadge } from './SlaBadge';
import { snoozeChoices } from './snoozeChoices';
import { LanguageLine } from './LanguageLine';
import { InputStandIn } from '../../../components/AfterPaint';
import { useT } from '../../../i18n/useT';

export interface ThreadControls {
  assign: RefObject<HTMLInputElement | null>;
  labels: RefObject<HTMLInputElement | null>;
  snoozeOpened: boolean;
  setSnoozeOpened(opened: boolean): void;
}

interface Props {
  conversation: InboxConversation;
  /** The buyer's own words, once the thread is on screen: the language guess reads them. */
  buyerText: string | undefined;
  reps: Rep[];
  labelOptions: string[];
  disputeDeadline?: number;
  now: number;
  sla: SlaSettings;
  controls: ThreadControls;
  /**
   * False while the thread is being put on screen: the actions row is rendered a frame later, in a placeholder
   * of its last height, so the messages show first.
   */
  controlsReady: boolean;
}

/**
 * Who, what, how urgent, and the actions a rep takes on the conversation as a whole. Memoised: a search typed
 * while a thread is open re-renders its messages (highlights), not its comboboxes.
 */
export const ThreadHeader = memo(function ThreadHeader({
  conversation: c,
  buyerText,
  reps,
  labelOptions,
  disputeDeadline,
  now,
  sla,
  controls,
  controlsReady,
}: Props) {
  const { t, i18n } = useT();
  const readOnly = c.platformHandled;
  const status = computeSla(c, now, sla, disputeDeadline);
  const dateTime = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return (
    <Stack gap={6} p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Title order={4} lh={1.2} data-testid="thread-title">
            {c.buyerName}
          </Title>
          <Text size="sm" c="dimmed" truncate>
            {c.subject}
          </Text>
        </div>
        <Group gap={6} wrap="nowrap">
          <Badge variant="outline">{t(`inbox.filter.status.${c.status}`)}</Badge>
          <SlaBadge conversation={c} now={now} settings={sla} />
        </Group>
      </Group>
      <LanguageLine conversation={c} buyerText={buyerText} />
      {status.dispute && status.dispute.level !== 'ok' && (
        <Alert
          color={status.dispute.level === 'expired' ? 'red' : 'orange'}
          icon={<IconAlertTriangle size={16} />}
          p={6}
          data-testid="dispute-warning"
        >
          {t(`inbox.dispute.level.${status.dispute.level}`)} · {dateTime.format(status.dispute.deadline)}
          {status.dispute.level === 'warning' &&
            ` · ${t('inbox.dispute.deadlineIn', { time: formatDuration(status.dispute.remainingMs, t) })}`}
        </Alert>
      )}
      {readOnly ? (
        <Alert color="gray" p={6} data-testid="platform-handled">
          {t('inbox.ui.thread.platformHandled')}
        </Alert>
      ) : (
        <ThreadActions
          conversation={c}
          reps={reps}
          labelOptions={labelOptions}
          now={now}
          dateTime={dateTime}
          controls={controls}
          ready={controlsReady}
        />
      )}
    </Stack>
  );
});

interface ActionsProps {
  conversation: InboxConversation;
  reps: Rep[];
  labelOptions: string[];
  now: number;
  dateTime: Intl.DateTimeFormat;
  controls: ThreadControls;
  /** False for the frame that puts the thread on screen: lightweight stand-ins take the menus' places. */
  ready: boolean;
}

/** Resolve or reopen, snooze, assign, labels. */
function ThreadActions({
  conversation: c,
  reps,
  labelOptions,
  now,
  dateTime,
  controls,
  ready,
}: ActionsProps) {
  const { t } = useT();
  const snoozeLabel =
    c.status === 'snoozed' && c.snoozedUntil
      ? t('inbox.ui.thread.snoozedUntil', { time: dateTime.format(c.snoozedUntil) })
      : t('inbox.ui.thread.snooze');
  const resolveButton =
    c.status === 'resolved' ? (
      <Button
        size="xs"
        variant="default"
        leftSection={<IconRotate size={14} />}
        onClick={() => void reopenConversation(db, c.id)}
      >
        {t('inbox.ui.thread.reopen')}
      </Button>
    ) : (
      <Button
        size="xs"
        variant="light"
        color="teal"
        leftSection={<IconCheck size={14} />}
        onClick={() => void resolveConversation(db, c.id)}
        data-testid="resolve"
      >
        {t('inbox.ui.thread.resolve')}{' '}
        <Text span size="xs" c="dimmed" ml={4}>
          e
        </Text>
      </Button>
    );
  if (!ready) {
    // Mantine's Menu, Select and TagsInput (popovers, comboboxes) cost more than the messages: for one frame the
    // row shows same-sized stand-ins with the same text, so the thread appears first and nothing moves.
    const assignee = reps.find((r) => r.id === c.assigneeId)?.name;
    return (
      <Group gap="xs" align="flex-end" wrap="wrap" data-testid="thread-actions-pending">
        {resolveButton}
        <Button size="xs" variant="default" leftSection={<IconClock size={14} />}>
          {snoozeLabel}
        </Button>
        <InputStandIn w={160} placeholder={t('inbox.filter.unassigned')} value={assignee} />
        <InputStandIn
          chevron={false}
          style={{ flex: 1, minWidth: 180 }}
          placeholder={t('inbox.ui.thread.labelsPlaceholder')}
          value={c.labels.join(', ')}
        />
      </Group>
    );
  }
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      {resolveButton}
      <Menu opened={controls.snoozeOpened} onChange={controls.setSnoozeOpened} position="bottom-start">
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconClock size={14} />} data-testid="snooze">
            {snoozeLabel}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {snoozeChoices(now).map((choice) => (
            <Menu.Item key={choice.key} onClick={() => void snoozeConversation(db, c.id, choice.until)}>
              {t(`inbox.ui.snooze.${choice.key}`)} · {dateTime.format(choice.until)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Select
        ref={controls.assign}
        size="xs"
        w={160}
        aria-label={t('inbox.ui.thread.assign')}
        placeholder={t('inbox.filter.unassigned')}
        data={reps.map((r) => ({ value: r.id, label: r.name }))}
        searchable
        nothingFoundMessage={t('inbox.ui.thread.noRepFound')}
        value={c.assigneeId ?? null}
        onChange={(id) => void assignConversation(db, c.id, id ?? undefined)}
        clearable
        data-testid="assign"
      />
      <TagsInput
        ref={controls.labels}
        size="xs"
        style={{ flex: 1, minWidth: 180 }}
        aria-label={t('inbox.ui.thread.labels')}
        placeholder={t('inbox.ui.thread.labelsPlaceholder')}
        data={labelOptions}
        value={c.labels}
        onChange={(labels) => void setConversationLabels(db, c.id, labels)}
        data-testid="labels"
      />
    </Group>
  );
}
