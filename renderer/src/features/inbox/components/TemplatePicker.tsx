import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';

import type { TemplateHit } from '@shared/inbox/templateSearch';
import { useT } from '../../../i18n/useT';

interface Props {
  hits: TemplateHit[];
  active: number;
  onPick(hit: TemplateHit): void;
}

/** The `/` search results under the composer; arrows move, Enter or Tab inserts, Esc closes. */
export function TemplatePicker({ hits, active, onPick }: Props) {
  const { t } = useT();
  return (
    <Paper
      withBorder
      shadow="sm"
      p={4}
      data-testid="template-picker"
      role="listbox"
      aria-label={t('inbox.ui.templates.pickerLabel')}
    >
      {hits.length === 0 ? (
        <Text size="sm" c="dimmed" p={6}>
          {t('inbox.template.noResults')}
        </Text>
      ) : (
        <Stack gap={0}>
          {hits.map((hit, i) => (
            <UnstyledButton
              key={hit.template.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onPick(hit)}
              p={6}
              style={{
                borderRadius: 4,
                background: i === active ? 'var(--mantine-primary-color-light)' : undefined,
              }}
              data-testid="template-option"
            >
              <Group gap={6} wrap="nowrap">
                <Badge size="xs" variant="default">
                  {hit.template.language}
                </Badge>
                <Text size="sm" fw={500} truncate>
                  {hit.template.name}
                </Text>
                {hit.template.builtIn && (
                  <Text size="xs" c="dimmed">
                    {t('inbox.template.builtIn')}
                  </Text>
                )}
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {hit.template.body}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
