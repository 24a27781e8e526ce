import { useState } from 'react';
import {
  Badge,
  Button,
  Grid,
  Group,
  Modal,
  ScrollArea,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { BUYER_LANGUAGES, type BuyerLanguage, type ReplyTemplate } from '@shared/domain/types';
import { TEMPLATE_VARIABLES } from '@shared/inbox/render';
import { db } from '../../../db/db';
import { deleteTemplate, saveTemplate, type TemplateInput } from '../data/templates';
import { ORDER_STATUSES, type OrderStatus } from '@shared/domain/types';
import { TEMPLATE_TOPICS } from '@shared/inbox/starterTemplates';
import { templateStates } from '@shared/inbox/templateFit';
import type { Translate } from '../../../i18n/useT';

const isBuiltInTopic = (topic: string) => (TEMPLATE_TOPICS as readonly string[]).includes(topic);

/** The states a template fits when the rep names none: its topic's, or every state. */
function describeStates(states: readonly OrderStatus[] | 'any', t: Translate): string {
  return states === 'any'
    ? t('inbox.ui.templates.anyState')
    : states.map((s) => t(`orderStatus.${s}`)).join(', ');
}
import { useT } from '../../../i18n/useT';

const EMPTY: TemplateInput = { name: '', language: 'en', topic: '', body: '' };

/** Create, edit and delete reply templates per language; built-ins are editable copies in the database. */
export function TemplateManager({
  opened,
  onClose,
  storeId,
}: {
  opened: boolean;
  onClose(): void;
  storeId: string;
}) {
  const { t } = useT();
  const [language, setLanguage] = useState<BuyerLanguage | null>(null);
  const [editing, setEditing] = useState<{ id?: string; input: TemplateInput } | undefined>();
  const templates = useLiveQuery(() => db.replyTemplates.toArray(), []) ?? [];
  const media =
    useLiveQuery(() => db.media.where('storeId').equals(storeId).limit(200).toArray(), [storeId]) ?? [];
  const shown = templates
    .filter((tpl) => !language || tpl.language === language)
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.language.localeCompare(b.language));
  const edit = (tpl: ReplyTemplate) =>
    setEditing({
      id: tpl.id,
      input: {
        name: tpl.name,
        language: tpl.language,
        topic: tpl.topic,
        body: tpl.body,
        attachmentMediaId: tpl.attachmentMediaId,
        orderStates: tpl.orderStates,
      },
    });
  const set = (patch: Partial<TemplateInput>) =>
    setEditing((e) => e && { ...e, input: { ...e.input, ...patch } });
  const valid = editing && editing.input.name.trim() && editing.input.body.trim();

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('inbox.ui.templates.title')}
      size="90%"
      data-testid="template-manager"
    >
      <Grid>
        <Grid.Col span={5}>
          <Group mb="xs">
            <Select
              size="xs"
              placeholder={t('inbox.ui.templates.allLanguages')}
              data={BUYER_LANGUAGES.map((l) => ({ value: l, label: t(`inbox.language.${l}`) }))}
              value={language}
              onChange={(v) => setLanguage(v as BuyerLanguage | null)}
              clearable
            />
            <Button size="xs" onClick={() => setEditing({ input: { ...EMPTY, language: language ?? 'en' } })}>
              {t('inbox.ui.templates.new')}
            </Button>
          </Group>
          <ScrollArea h={480}>
            {shown.map((tpl) => (
              <UnstyledButton
                key={tpl.id}
                display="block"
                w="100%"
                p={6}
                onClick={() => edit(tpl)}
                style={{
                  background: editing?.id === tpl.id ? 'var(--mantine-primary-color-light)' : undefined,
                  borderRadius: 4,
                }}
              >
                <Group gap={6} wrap="nowrap">
                  <Badge size="xs" variant="default">
                    {tpl.language}
                  </Badge>
                  <Text size="sm" truncate>
                    {tpl.builtIn && isBuiltInTopic(tpl.topic) ? t(`inbox.topic.${tpl.topic}`) : tpl.name}
                  </Text>
                  {tpl.builtIn && (
                    <Text size="xs" c="dimmed">
                      {t('inbox.template.builtIn')}
                    </Text>
                  )}
                </Group>
              </UnstyledButton>
            ))}
          </ScrollArea>
        </Grid.Col>
        <Grid.Col span={7}>
          {editing ? (
            <Stack gap="xs">
              <Group grow>
                <TextInput
                  label={t('inbox.ui.templates.name')}
                  value={editing.input.name}
                  onChange={(e) => set({ name: e.currentTarget.value })}
                />
                <Select
                  label={t('inbox.ui.templates.language')}
                  data={BUYER_LANGUAGES.map((l) => ({ value: l, label: t(`inbox.language.${l}`) }))}
                  value={editing.input.language}
                  onChange={(v) => v && set({ language: v as BuyerLanguage })}
                  allowDeselect={false}
                />
                <TextInput
                  label={t('inbox.ui.templates.topic')}
                  value={editing.input.topic}
                  onChange={(e) => set({ topic: e.currentTarget.value })}
                />
              </Group>
              <MultiSelect
                label={t('inbox.ui.templates.orderStates')}
                description={t('inbox.ui.templates.orderStatesHelp')}
                placeholder={describeStates(templateStates(editing.input), t)}
                data={ORDER_STATUSES.map((status) => ({ value: status, label: t(`orderStatus.${status}`) }))}
                value={editing.input.orderStates ?? []}
                onChange={(v) => set({ orderStates: v.length ? (v as OrderStatus[]) : undefined })}
                clearable
                data-testid="template-order-states"
              />
              <Textarea
                label={t('inbox.ui.templates.body')}
                autosize
                minRows={8}
                maxRows={16}
                value={editing.input.body}
                onChange={(e) => set({ body: e.currentTarget.value })}
              />
              <Text size="xs" c="dimmed">
                {t('inbox.ui.templates.variables', {
                  list: TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(' '),
                })}
              </Text>
              <Select
                label={t('inbox.ui.templates.attachment')}
                placeholder={
                  media.length ? t('inbox.ui.templates.noAttachment') : t('inbox.ui.templates.noMedia')
                }
                disabled={media.length === 0}
                data={media.map((m) => ({ value: m.id, label: m.fileName }))}
                value={editing.input.attachmentMediaId ?? null}
                onChange={(v) => set({ attachmentMediaId: v ?? undefined })}
                clearable
                searchable
              />
              <Group justify="space-between">
                {editing.id ? (
                  <Button
                    color="red"
                    variant="subtle"
                    onClick={() => {
                      void deleteTemplate(db, editing.id!);
                      setEditing(undefined);
                    }}
                  >
                    {t('inbox.ui.templates.delete')}
                  </Button>
                ) : (
                  <span />
                )}
                <Button
                  disabled={!valid}
                  onClick={() =>
                    void saveTemplate(db, editing.input, editing.id).then((id) =>
                      setEditing((e) => e && { ...e, id }),
                    )
                  }
                >
                  {t('inbox.ui.templates.save')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Text c="dimmed" size="sm">
              {t('inbox.ui.templates.pick')}
            </Text>
          )}
        </Grid.Col>
      </Grid>
    </Modal>
  );
}
