import { useState } from 'react';
import { Button, Group, Paper, Text, TextInput } from '@mantine/core';

import { TEMPLATE_VARIABLES } from '@shared/inbox/render';
import classes from './Inbox.module.css';
import { fillPlaceholder, placeholderSegments } from './slashQuery';
import { useT } from '../../../i18n/useT';

interface Props {
  text: string;
  names: string[];
  onChange(text: string): void;
}

/** What the template could not fill, highlighted in a preview, with one field per placeholder. */
export function MissingVariables({ text, names, onChange }: Props) {
  const { t } = useT();
  // A Map, not an object: the names come from text the rep or the buyer wrote ({constructor}, {toString}…).
  const [values, setValues] = useState<ReadonlyMap<string, string>>(() => new Map());
  const label = (name: string) =>
    (TEMPLATE_VARIABLES as readonly string[]).includes(name)
      ? t(`inbox.template.variable.${name}`, { defaultValue: name })
      : name;
  const valueOf = (name: string) => values.get(name) ?? '';
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-orange-light)" data-testid="missing-variables">
      <Text size="xs" fw={600} mb={4}>
        {t('inbox.template.missing', { names: names.map(label).join(', ') })}
      </Text>
      <Text size="xs" lineClamp={4} mb={6} style={{ whiteSpace: 'pre-wrap' }}>
        {placeholderSegments(text).map((s, i) =>
          s.placeholder ? (
            <span key={i} className={classes.placeholder}>
              {s.text}
            </span>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </Text>
      {names.map((name) => (
        <Group key={name} gap={6} wrap="nowrap" mb={4} align="flex-end">
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            label={label(name)}
            value={valueOf(name)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => new Map(v).set(name, value));
            }}
            data-testid={`fill-${name}`}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!valueOf(name).trim()}
            onClick={() => onChange(fillPlaceholder(text, name, valueOf(name).trim()))}
          >
            {t('inbox.ui.composer.fill')}
          </Button>
        </Group>
      ))}
    </Paper>
  );
}
