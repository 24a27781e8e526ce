import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { computeSla, type SlaSettings } from '@shared/inbox/sla';
import type { InboxConversation } from '../data/inboxTypes';
import { formatDuration } from './formatDuration';

const COLOR = { 'on-track': 'teal', 'due-soon': 'yellow', overdue: 'red' } as const;

/** The reply clock of one conversation: nothing when no reply is due, else time left or time overdue. */
export function SlaBadge({ conversation, now, settings }: { conversation: InboxConversation; now: number; settings: SlaSettings }) {
  const { t } = useTranslation();
  if (conversation.status === 'snoozed') return null;
  const sla = computeSla(conversation, now, settings);
  if (sla.state === 'none' || sla.remainingMs === undefined) return null;
  const time = formatDuration(Math.abs(sla.remainingMs), t);
  const label = sla.overdue ? t('inbox.sla.overdueBy', { time }) : t('inbox.sla.dueIn', { time });
  return (
    // A native title, not a Mantine Tooltip: this badge sits on every visible list row, and scrolling must stay light.
    <Badge size="xs" variant={sla.overdue ? 'filled' : 'light'} color={COLOR[sla.state]} title={label} data-testid="sla-badge">
      {sla.overdue ? `−${time}` : time}
    </Badge>
  );
}
