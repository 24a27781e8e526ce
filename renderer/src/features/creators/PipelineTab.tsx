import { Badge, Card, Group, Paper, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { CAMPAIGN_STATUSES, type CampaignRow, type CampaignStatus } from '@shared/creators/types';
import type { Store } from '@shared/domain/types';
import { db } from '../../db/db';
import { setCampaignStatus } from './data/writes';
import { useCampaigns, useCreators } from './hooks';

/**
 * The pipeline board: one column per status. Drag a card to another column, or focus it and press
 * ← / → to move it one step (Home / End: first / last step).
 */
export function PipelineTab({ store }: { store: Store }) {
  const { t } = useT();
  const campaigns = useCampaigns(store.id);
  const creators = useCreators(store.id);
  const handleOf = new Map((creators ?? []).map((c) => [c.id, c.handle]));
  const [announcement, setAnnouncement] = useState('');
  const [over, setOver] = useState<CampaignStatus | null>(null);

  const move = (campaign: CampaignRow, status: CampaignStatus) => {
    if (status === campaign.status) return;
    void setCampaignStatus(db, campaign.id, status);
    setAnnouncement(
      t('creators.pipeline.moved', { name: campaign.name, status: t(`creators.status.${status}`) }),
    );
  };
  const onKey = (event: KeyboardEvent, campaign: CampaignRow) => {
    const index = CAMPAIGN_STATUSES.indexOf(campaign.status);
    const target =
      event.key === 'ArrowRight'
        ? CAMPAIGN_STATUSES[index + 1]
        : event.key === 'ArrowLeft'
          ? CAMPAIGN_STATUSES[index - 1]
          : event.key === 'Home'
            ? CAMPAIGN_STATUSES[0]
            : event.key === 'End'
              ? CAMPAIGN_STATUSES[CAMPAIGN_STATUSES.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    move(campaign, target);
    // Keep the focus on the card in its new column.
    requestAnimationFrame(() => document.getElementById(`pipeline-card-${campaign.id}`)?.focus());
  };

  if (campaigns && campaigns.length === 0)
    return (
      <Text c="dimmed" p="xl" ta="center">
        {t('creators.campaigns.empty')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('creators.pipeline.hint')}
      </Text>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <ScrollArea>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
          {CAMPAIGN_STATUSES.map((status) => {
            const column = (campaigns ?? []).filter((c) => c.status === status);
            return (
              <Paper
                key={status}
                withBorder
                p="xs"
                w={200}
                miw={200}
                bg={over === status ? 'var(--mantine-color-blue-light)' : undefined}
                role="group"
                aria-label={t(`creators.status.${status}`)}
                data-testid={`pipeline-column-${status}`}
                onDragOver={(event) => {
                  event.preventDefault();
                  setOver(status);
                }}
                onDragLeave={() => setOver(null)}
                onDrop={(event) => {
                  event.preventDefault();
                  setOver(null);
                  const campaign = campaigns?.find((c) => c.id === event.dataTransfer.getData('text/plain'));
                  if (campaign) move(campaign, status);
                }}
              >
                <Group justify="space-between" mb="xs">
                  <Text size="sm" fw={600}>
                    {t(`creators.status.${status}`)}
                  </Text>
                  <Badge size="sm" variant="light">
                    {column.length}
                  </Badge>
                </Group>
                <Stack gap={6} mih={80}>
                  {column.map((campaign) => (
                    <Card
                      key={campaign.id}
                      id={`pipeline-card-${campaign.id}`}
                      withBorder
                      p="xs"
                      draggable
                      tabIndex={0}
                      role="button"
                      aria-roledescription={t('creators.pipeline.card')}
                      aria-label={`${campaign.name}, ${t(`creators.status.${status}`)}`}
                      style={{ cursor: 'grab' }}
                      onDragStart={(event) => event.dataTransfer.setData('text/plain', campaign.id)}
                      onKeyDown={(event) => onKey(event, campaign)}
                    >
                      <Text size="sm" fw={500} lineClamp={2}>
                        {campaign.name}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {campaign.influencerId
                          ? (handleOf.get(campaign.influencerId) ?? '—')
                          : t('creators.campaigns.ownStore')}{' '}
                        · {t(`creators.kind.${campaign.kind}`)}
                      </Text>
                    </Card>
                  ))}
                </Stack>
              </Paper>
            );
          })}
        </Group>
      </ScrollArea>
    </Stack>
  );
}
