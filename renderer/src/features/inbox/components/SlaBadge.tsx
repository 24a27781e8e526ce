import { Badge } from '@mantine/core';

import { computeSla, type SlaSettings, type SlaState } from '@shared/inbox/sla';
import type { InboxConversation } from '../../../db/db';
import { formatDuration } from './formatDuration';
import { useT, type Translate } from '../../../i18n/useT';

const COLOR = { 'on-track': 'teal', 'due-soon': 'yellow', overdue: 'red' } as const;

export interface SlaLabel {
  state: Exclude<SlaState, 'none'>;
  overdue: boolean;
  /** What the badge shows: time left, or −time overdue. */
  short: string;
  /** The sentence behind it ("overdue by …", "due in …"). */
  title: string;
}

/** The reply clock of one conversation in words: undefined when no reply is due (or it is snoozed). */
export function slaLabel(
  conversation: InboxConversation,
  now: number,
  settings: SlaSettings,
  t: Translate,
): SlaLabel | undefined {
  if (conversation.status === 'snoozed') return undefined;
  const sla = computeSla(conversation, now, settings);
  if (sla.state === 'none' || sla.remainingMs === undefined) return undefined;
  const time = formatDuration(Math.abs(sla.remainingMs), t);
  return {
    state: sla.state,
    overdue: sla.overdue,
    short: sla.overdue ? `−${time}` : time,
    title: sla.overdue ? t('inbox.sla.overdueBy', { time }) : t('inbox.sla.dueIn', { time }),
  };
}

/** The reply clock of one conversation: nothing when no reply is due, else time left or time overdue. */
export function SlaBadge({
  conversation,
  now,
  settings,
}: {
  conversation: InboxConversation;
  now: number;
  settings: SlaSettings;
}) {
  const { t } = useT();
  const label = slaLabel(conversation, now, settings, t);
  if (!label) return null;
  return (
    <Badge
      size="xs"
      variant={label.overdue ? 'filled' : 'light'}
      color={COLOR[label.state]}
      title={label.title}
      data-testid="sla-badge"
    >
      {label.short}
    </Badge>
  );
}
