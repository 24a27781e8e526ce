import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '@shared/domain/types';
import { renderTemplate } from './render';
import { STARTER_TEMPLATES } from './starterTemplates';
import { fitsOrderState, rankTemplates, TOPIC_FIT } from './templateFit';

const topicsOf = (list: { template: { topic: string } }[]) => list.map((h) => h.template.topic);

describe('rankTemplates', () => {
  it('never offers "on its way" for a delivered order', () => {
    const { fit, unfit } = rankTemplates(STARTER_TEMPLATES, '', { language: 'ru', orderStatus: 'delivered' });
    expect(topicsOf(fit)).not.toContain('where-is-my-order');
    expect(topicsOf(fit)).not.toContain('shipped-notice');
    expect(topicsOf(fit)).not.toContain('delay-apology');
    expect(fit.some((h) => /уже в пути/.test(h.template.body))).toBe(false);
    expect(unfit.every((h) => !h.fits)).toBe(true);
  });

  it('offers dispute replies first in a dispute', () => {
    const { fit } = rankTemplates(STARTER_TEMPLATES, '', {
      language: 'pt',
      orderStatus: 'disputed',
      intent: 'damaged',
    });
    expect(fit[0]?.template.id).toBe('builtin:dispute-response:pt');
  });

  it('puts the reply to what the buyer asks first, in their language', () => {
    const { fit } = rankTemplates(STARTER_TEMPLATES, '', {
      language: 'ru',
      orderStatus: 'shipped',
      intent: 'where-is-order',
    });
    expect(fit[0]?.template.language).toBe('ru');
    expect(['where-is-my-order', 'shipped-notice', 'delay-apology']).toContain(fit[0]?.template.topic);
    const size = rankTemplates(STARTER_TEMPLATES, '', {
      language: 'en',
      orderStatus: 'delivered',
      intent: 'wrong-size',
    });
    expect(size.fit[0]?.template.id).toBe('builtin:size-help:en');
  });

  it('every built-in declares its states, and a custom template may narrow its own', () => {
    for (const template of STARTER_TEMPLATES) expect(TOPIC_FIT).toHaveProperty(template.topic);
    for (const status of ORDER_STATUSES) expect(fitsOrderState({ topic: 'custom' }, status)).toBe(true);
    expect(fitsOrderState({ topic: 'custom', orderStates: ['shipped'] }, 'delivered')).toBe(false);
    expect(fitsOrderState({ topic: 'where-is-my-order' }, undefined)).toBe(true);
  });
});

describe('renderTemplate punctuation and formats', () => {
  it('never doubles a full stop when a value ends with one', () => {
    const { text } = renderTemplate(
      'Thank you for shopping at {store_name}.',
      { store_name: 'Yiwu Trading Co., Ltd.' },
      'en',
    );
    expect(text).toBe('Thank you for shopping at Yiwu Trading Co., Ltd.');
    const ru = renderTemplate('Спасибо, {buyer_name}!', { buyer_name: 'Иван!' }, 'ru');
    expect(ru.text).toBe('Спасибо, Иван!');
    expect(renderTemplate('Dear {buyer_name}.', { buyer_name: 'Ana' }, 'en').text).toBe('Dear Ana.');
  });

  it('formats dates and money in the buyer language', () => {
    const at = Date.UTC(2026, 2, 5);
    const money = { amount: 123456, currency: 'EUR' };
    expect(renderTemplate('{eta}', { eta: at }, 'ru').text).toBe('5 марта 2026 г.');
    expect(renderTemplate('{eta}', { eta: at }, 'pt').text).toBe('5 de março de 2026');
    expect(renderTemplate('{refund_amount}', { refund_amount: money }, 'fr').text).toMatch(/^1\s234,56\s€$/);
    expect(renderTemplate('{refund_amount}', { refund_amount: money }, 'en').text).toBe('€1,234.56');
  });
});
