import { Badge, Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';

import type { OrderStatus, ReplyTemplate } from '@shared/domain/types';
import { TEMPLATE_TOPICS } from '@shared/inbox/starterTemplates';
import type { TemplateHit } from '@shared/inbox/templateSearch';
import { useT, type Translate } from '../../../i18n/useT';

interface Props {
  hits: TemplateHit[];
  /** Templates that match the search but would say something untrue about this order: shown, never inserted. */
  unfit?: TemplateHit[];
  orderStatus?: OrderStatus | undefined;
  active: number;
  onPick(hit: TemplateHit): void;
}

const isBuiltInTopic = (topic: string) => (TEMPLATE_TOPICS as readonly string[]).includes(topic);

/** A template's name and what it says, in the UI language; the buyer's own wording underneath. */
function Describe({ template, t }: { template: ReplyTemplate; t: Translate }) {
  const known = isBuiltInTopic(template.topic);
  const name = template.builtIn && known ? t(`inbox.topic.${template.topic}`) : template.name;
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Badge size="xs" variant="default">
          {t(`inbox.language.${template.language}`)}
        </Badge>
        <Text size="sm" fw={500} truncate data-testid="template-name">
          {name}
        </Text>
        {template.builtIn && (
          <Text size="xs" c="dimmed">
            {t('inbox.template.builtIn')}
          </Text>
        )}
      </Group>
      <Text size="xs" lineClamp={2} data-testid="template-gist">
        {known ? t(`inbox.templateGist.${template.topic}`) : t('inbox.templateGist.custom')}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {template.builtIn && name !== template.name
          ? t('inbox.template.buyerReads', {
              language: t(`inbox.language.${template.language}`),
              name: template.name,
            })
          : template.body}
      </Text>
    </>
  );
}

/** The `/` search results under the composer; arrows move, Enter or Tab inserts, Esc closes. */
export function TemplatePicker({ hits, unfit = [], orderStatus, active, onPick }: Props) {
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
      {/* A bounded list: the picker never pushes the reply box off screen. */}
      <ScrollArea.Autosize mah={280} type="auto">
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
                data-template-id={hit.template.id}
              >
                <Describe template={hit.template} t={t} />
              </UnstyledButton>
            ))}
          </Stack>
        )}
        {unfit.length > 0 && orderStatus && (
          <Stack gap={0} mt={4} title={t('inbox.template.unfitTitle')}>
            {unfit.map((hit) => (
              <div
                key={hit.template.id}
                role="option"
                aria-selected={false}
                aria-disabled
                style={{ padding: 6, opacity: 0.6 }}
                data-testid="template-unfit"
                data-template-id={hit.template.id}
              >
                <Describe template={hit.template} t={t} />
                <Text size="xs" c="orange.8" fw={500}>
                  {t('inbox.template.notFor', { status: t(`orderStatus.${orderStatus}`) })}
                </Text>
              </div>
            ))}
          </Stack>
        )}
      </ScrollArea.Autosize>
    </Paper>
  );
}
