import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';

import { HOSTING_MODES, type HostingMode } from '@shared/domain/types';
import {
  areaLabelKey,
  modeNameKey,
  partyLabelKey,
  RESPONSIBILITY_AREAS,
  RESPONSIBILITY_MATRIX,
  type Party,
} from '@shared/hosting';
import { useT } from '../../i18n/useT';

const PARTY_COLOR: Record<Party, string> = { merchant: 'orange', platform: 'violet', shared: 'gray' };

/** Who does each job in each mode, with the one-line note that says how. */
export function ResponsibilityMatrix({ current }: { current: HostingMode }) {
  const { t } = useT();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('hosting.ui.overview.matrixTitle')}</Title>
        <Table.ScrollContainer minWidth={860}>
          <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="responsibility-matrix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('hosting.ui.overview.area')}</Table.Th>
                {HOSTING_MODES.map((mode) => (
                  <Table.Th
                    key={mode}
                    bg={mode === current ? 'var(--mantine-color-default-hover)' : undefined}
                  >
                    {t(modeNameKey(mode))}
                    {mode === current && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {t('hosting.ui.overview.current')}
                      </Text>
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {RESPONSIBILITY_AREAS.map((area) => (
                <Table.Tr key={area}>
                  <Table.Td fw={500}>{t(areaLabelKey(area))}</Table.Td>
                  {HOSTING_MODES.map((mode) => {
                    const cell = RESPONSIBILITY_MATRIX[mode][area];
                    return (
                      <Table.Td key={mode}>
                        <Badge size="xs" variant="light" color={PARTY_COLOR[cell.who]}>
                          {t(partyLabelKey(cell.who))}
                        </Badge>
                        <Text size="xs" mt={2}>
                          {t(cell.noteKey)}
                        </Text>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
