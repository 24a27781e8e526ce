import { memo } from 'react';
import { Badge, NavLink, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../../db/db';
import {
  countOverdue,
  FACET_KINDS,
  QUEUES,
  type Facet,
  type FacetKind,
  type Queue,
} from '../data/conversationQueries';
import { readInboxCounters } from '../../../data/conversations/counters';
import { AfterPaint, InputStandIn } from '../../../components/AfterPaint';
import { useT } from '../../../i18n/useT';

interface Props {
  storeId: string;
  queue: Queue;
  facet: Facet | undefined;
  meRepId: string | undefined;
  overdueThreshold: number;
  onQueue(queue: Queue): void;
  onFacet(facet: Facet | undefined): void;
  /** The list has been read: the facet selects mount after it is on screen. */
  listShown: boolean;
}

const COUNTER_KEY_OF_FACET: Record<FacetKind, string> = {
  intent: 'intent',
  language: 'language',
  country: 'country',
  label: 'label',
  'order-status': 'order-status',
};

/** Queues and facets with their counts, read from maintained counters (and one capped range for "overdue"). */
export const FilterPane = memo(function FilterPane({
  storeId,
  queue,
  facet,
  meRepId,
  overdueThreshold,
  onQueue,
  onFacet,
  listShown,
}: Props) {
  const { t } = useT();
  // Undefined until read: a count shows "…" then, never a 0 that is not true.
  const loaded = useLiveQuery(() => readInboxCounters(db, storeId), [storeId]);
  const counters = loaded ?? {};
  const overdue = useLiveQuery(
    () => countOverdue(db, storeId, overdueThreshold),
    [storeId, overdueThreshold],
  );

  const countOf = (q: Queue): string => {
    if (q === 'overdue') return overdue ? `${overdue.count}${overdue.capped ? '+' : ''}` : '…';
    if (!loaded) return '…';
    if (q === 'mine') return String(meRepId ? (counters[`assignee:${meRepId}`] ?? 0) : 0);
    return String(counters[q] ?? 0);
  };
  const facetLabel = (kind: FacetKind, value: string) => {
    if (kind === 'language') return t(`inbox.language.${value}`, { defaultValue: value });
    if (kind === 'order-status') return t(`orderStatus.${value}`, { defaultValue: value });
    if (kind === 'label') return t(`inbox.labelName.${value}`, { defaultValue: value });
    if (kind === 'intent') return t(`inbox.intent.${value}.label`, { defaultValue: value });
    return value;
  };

  return (
    <Stack gap={0} p={6} style={{ overflow: 'auto' }} data-testid="inbox-filters">
      {QUEUES.map((q) => (
        <NavLink
          key={q}
          active={queue === q}
          onClick={() => onQueue(q)}
          label={t(`inbox.ui.queue.${q.replace(':', '-')}`)}
          rightSection={
            <Badge
              size="sm"
              variant={q === 'overdue' && countOf(q) !== '0' ? 'filled' : 'light'}
              color={q === 'overdue' ? 'red' : undefined}
              data-testid={`count-${q}`}
            >
              {countOf(q)}
            </Badge>
          }
          data-testid={`queue-${q}`}
          py={4}
        />
      ))}
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
        {t('inbox.ui.facet.title')}
      </Text>
      {FACET_KINDS.map((kind) => {
        const prefix = `${COUNTER_KEY_OF_FACET[kind]}:`;
        const options = Object.entries(counters)
          .filter(([key]) => key.startsWith(prefix))
          .sort((a, b) => b[1] - a[1])
          .map(([key, count]) => ({
            value: key.slice(prefix.length),
            label: `${facetLabel(kind, key.slice(prefix.length))} (${count})`,
          }));
        const value = facet?.kind === kind ? facet.value : null;
        const label = t(`inbox.ui.facet.${kind}`);
        return (
          <AfterPaint
            key={kind}
            when={listShown}
            fallback={
              <InputStandIn
                px={6}
                pb={6}
                label={label}
                placeholder={t('inbox.ui.facet.any')}
                value={options.find((o) => o.value === value)?.label}
              />
            }
          >
            <Select
              size="xs"
              px={6}
              pb={6}
              label={label}
              placeholder={t('inbox.ui.facet.any')}
              data={options}
              value={value}
              onChange={(next) => onFacet(next ? { kind, value: next } : undefined)}
              clearable
              searchable
              data-testid={`facet-${kind}`}
            />
          </AfterPaint>
        );
      })}
    </Stack>
  );
});
