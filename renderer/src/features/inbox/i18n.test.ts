import { describe, expect, it } from 'vitest';
import { BUYER_LANGUAGES, CONVERSATION_STATUSES } from '@shared/domain/types';
import { inboxEn, inboxZh } from './i18n';
import { TEMPLATE_VARIABLES } from '@shared/inbox/render';
import { TEMPLATE_TOPICS } from '@shared/inbox/starterTemplates';

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value as object, `${prefix}${key}.`),
  );
}

describe('inbox i18n', () => {
  const en = new Set(leafKeys(inboxEn));

  it('English and Chinese have exactly the same keys', () => {
    expect(leafKeys(inboxZh).sort()).toEqual([...en].sort());
  });

  it('has a label for every topic, language, status, SLA state and template variable', () => {
    const needed = [
      ...TEMPLATE_TOPICS.map((t) => `inbox.topic.${t}`),
      ...BUYER_LANGUAGES.map((l) => `inbox.language.${l}`),
      ...CONVERSATION_STATUSES.map((s) => `inbox.filter.status.${s}`),
      ...['none', 'on-track', 'due-soon', 'overdue'].map((s) => `inbox.sla.state.${s}`),
      ...['ok', 'warning', 'expired'].map((l) => `inbox.dispute.level.${l}`),
      ...TEMPLATE_VARIABLES.map((v) => `inbox.template.variable.${v}`),
    ];
    for (const key of needed) expect(en.has(key), key).toBe(true);
  });

  it('keeps the same interpolation placeholders in both languages', () => {
    const get = (tree: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    for (const key of en) {
      const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(vars(get(inboxZh, key)), key).toEqual(vars(get(inboxEn, key)));
    }
  });
});
