import { describe, expect, it } from 'vitest';
import { fitsOrderState } from '@shared/inbox/templateFit';
import { openWorkstationDb } from '../../../db/db';
import { saveTemplate } from './templates';

describe('saveTemplate', () => {
  it('keeps the order states a rep gives their own template, and none when they clear them', async () => {
    const db = openWorkstationDb(`templates-${Math.random()}`);
    const id = await saveTemplate(db, {
      name: 'Уже в пути',
      language: 'ru',
      topic: 'custom',
      body: 'Ваш заказ {order_id} уже в пути.',
      orderStates: ['shipped'],
    });
    const saved = (await db.replyTemplates.get(id))!;
    expect(saved.orderStates).toEqual(['shipped']);
    expect(fitsOrderState(saved, 'delivered')).toBe(false);
    await saveTemplate(db, { ...saved, orderStates: undefined }, id);
    const cleared = (await db.replyTemplates.get(id))!;
    expect(cleared.orderStates).toBeUndefined();
    expect(fitsOrderState(cleared, 'delivered')).toBe(true);
  });
});
