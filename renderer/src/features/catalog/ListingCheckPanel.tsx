import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';

import type { ListingCheck, ListingStatus } from '@shared/catalog/listingRules';
import { useT } from '../../i18n/useT';

const STATUS_COLOR: Record<ListingStatus, string> = {
  ready: 'teal',
  'needs-fixes': 'orange',
  blocked: 'red',
};

export function ListingStatusBadge({ status }: { status: ListingStatus }) {
  const { t } = useT();
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOR[status]}>
      {t(`listing.status.${status}`)}
    </Badge>
  );
}

/** The readiness of a listing and each concrete fix, in the user's language. */
export function ListingCheckPanel({ check }: { check: ListingCheck }) {
  const { t } = useT();
  return (
    <Card withBorder data-testid="listing-check">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('listing.title')}</Title>
          <ListingStatusBadge status={check.status} />
        </Group>
        {check.fixes.length === 0 ? (
          <Alert color="teal" icon={<IconCircleCheck />}>
            {t('listing.allGood')}
          </Alert>
        ) : (
          <List spacing="xs" size="sm" center>
            {check.fixes.map((fix, i) => (
              <List.Item
                key={`${fix.ruleId}-${fix.field}-${i}`}
                icon={
                  fix.severity === 'error' ? (
                    <IconCircleX size={16} color="var(--mantine-color-red-6)" />
                  ) : (
                    <IconAlertTriangle size={16} color="var(--mantine-color-yellow-6)" />
                  )
                }
              >
                <Text size="sm">{t(`listing.rule.${fix.ruleId}`, fix.params)}</Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
