import { describe, expect, it } from 'vitest';
import { BUYER_LANGUAGES } from '@shared/domain/types';
import { detectLanguage } from './language';
import { renderTemplate, TEMPLATE_VARIABLES, templateVariables } from './render';
import { builtInTemplateId, STARTER_TEMPLATES, TEMPLATE_TOPICS } from './starterTemplates';

describe('starter templates', () => {
  it('covers every topic in every language with stable ids', () => {
    expect(STARTER_TEMPLATES).toHaveLength(TEMPLATE_TOPICS.length * BUYER_LANGUAGES.length);
    for (const topic of TEMPLATE_TOPICS) {
      for (const language of BUYER_LANGUAGES) {
        const t = STARTER_TEMPLATES.find((x) => x.id === builtInTemplateId(topic, language));
        expect(t, `${topic}/${language}`).toMatchObject({ topic, language, builtIn: true });
      }
    }
    expect(builtInTemplateId('size-help', 'fr')).toBe('builtin:size-help:fr');
  });

  it('uses only known variables and renders completely with a full context', () => {
    for (const t of STARTER_TEMPLATES) {
      for (const v of templateVariables(t.body)) expect(TEMPLATE_VARIABLES, t.id).toContain(v);
      const r = renderTemplate(
        t.body,
        {
          buyer_name: 'Ana',
          order_id: '1',
          tracking_number: 'T',
          carrier: 'cainiao',
          eta: 0,
          store_name: 'S',
          product_title: 'P',
          rep_name: 'R',
          dispute_deadline: 0,
        },
        t.language,
      );
      expect(r.missing, t.id).toEqual([]);
    }
  });

  it('each template reads as its own language', () => {
    for (const t of STARTER_TEMPLATES) expect(detectLanguage(t.body).language, t.id).toBe(t.language);
  });

  it('has no stray whitespace and is frozen', () => {
    for (const t of STARTER_TEMPLATES) {
      expect(t.body, t.id).not.toMatch(/ {2}| \n|\n{3}|^\s|\s$/);
      expect(Object.isFrozen(t)).toBe(true);
    }
  });
});
