import { describe, expect, it } from 'vitest';
import type { ReplyTemplate } from '@shared/domain/types';
import { STARTER_TEMPLATES } from './starterTemplates';
import { searchTemplates } from './templateSearch';

/** The Chinese topic labels as the app shows them (features/inbox/i18n.ts); searching must match them. */
const zhTopics: Record<string, string> = {
  'where-is-my-order': '查询订单',
  'shipped-notice': '发货通知',
  'delay-apology': '延迟致歉',
  'size-help': '尺码咨询',
  'out-of-stock': '缺货',
  'dispute-response': '纠纷回复',
  'review-request': '邀请评价',
};

const ids = (hits: { template: ReplyTemplate }[]) => hits.map((h) => h.template.id);

describe('searchTemplates', () => {
  it('finds Russian templates by Cyrillic words, prefixes and ё/е alike', () => {
    const hits = searchTemplates(STARTER_TEMPLATES, 'где зак', { language: 'ru' });
    expect(ids(hits)[0]).toBe('builtin:where-is-my-order:ru');
    expect(ids(searchTemplates(STARTER_TEMPLATES, 'ПРИШЛИТЕ', {}))).toEqual(['builtin:dispute-response:ru']);
    expect(ids(searchTemplates(STARTER_TEMPLATES, 'идет', {}))).toEqual(
      ids(searchTemplates(STARTER_TEMPLATES, 'идёт', {})),
    );
  });

  it('prefers the buyer’s language but still offers the others', () => {
    const hits = searchTemplates(STARTER_TEMPLATES, 'size', { language: 'fr' });
    expect(ids(hits)[0]).toBe('builtin:size-help:fr');
    expect(ids(hits)).toContain('builtin:size-help:en');
  });

  it('ranks a name match above a body match', () => {
    const hits = searchTemplates(STARTER_TEMPLATES, 'stock', {});
    expect(ids(hits)[0]).toBe('builtin:out-of-stock:en');
  });

  it('matches accents loosely: "disculpa" and "devolucion"-style typing', () => {
    expect(ids(searchTemplates(STARTER_TEMPLATES, 'donde esta', {}))[0]).toBe('builtin:where-is-my-order:es');
    expect(ids(searchTemplates(STARTER_TEMPLATES, 'ou est', { language: 'fr' }))[0]).toBe(
      'builtin:where-is-my-order:fr',
    );
  });

  it('searches topics in the rep’s language through topic labels', () => {
    const hits = searchTemplates(STARTER_TEMPLATES, '尺码', {
      language: 'pt',
      topicLabels: zhTopics,
    });
    expect(ids(hits)[0]).toBe('builtin:size-help:pt');
    expect(hits).toHaveLength(5);
  });

  it('searches templates whose topic the rep named like an object method', () => {
    const own: ReplyTemplate[] = ['constructor', 'toString', '__proto__'].map((topic) => ({
      ...STARTER_TEMPLATES[0]!,
      id: `own-${topic}`,
      topic,
      builtIn: false,
    }));
    const hits = searchTemplates(own, 'tostring', { topicLabels: zhTopics });
    expect(ids(hits)).toEqual(['own-toString']);
  });

  it('requires every word to match and lists all on an empty query, own templates first on a tie', () => {
    expect(searchTemplates(STARTER_TEMPLATES, 'size zzzz', {})).toEqual([]);
    const own: ReplyTemplate = { ...STARTER_TEMPLATES[0]!, id: 'own', builtIn: false };
    const all = searchTemplates([...STARTER_TEMPLATES, own], '', { language: 'en', limit: 3 });
    expect(all).toHaveLength(3);
    expect(all[0]!.template.id).toBe('own');
  });
});
