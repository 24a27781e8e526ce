import { describe, expect, it } from 'vitest';
import { defaultHostingRates } from './defaults';
import { fieldKey, rateFields, rateIssues, readSetting, writeSetting } from './rateFields';
import { parseHostingRates } from './rates';

describe('rate fields', () => {
  const rates = defaultHostingRates();
  const fields = rateFields(rates);
  const field = (key: string) => fields.find((f) => fieldKey(f) === key)!;

  it('lists every setting once, categories included', () => {
    const keys = fields.map(fieldKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('commission.byCategory.kids-smart-watches');
    expect(keys).toContain('labour.minutesPerOrder.self-operated.packing');
    for (const f of fields) expect(typeof readSetting(rates, f).value).toBe('number');
  });

  it('writes a copy, marks the figure as the seller’s own and keeps the note', () => {
    const next = writeSetting(rates, field('ownLogistics.first100g'), 310);
    expect(next.ownLogistics.first100g).toEqual({
      amount: 310,
      source: 'user',
      noteKey: 'hosting.rateNote.ownLogistics',
    });
    expect(rates.ownLogistics.first100g.amount).toBe(250);
    expect(parseHostingRates(next).ok).toBe(true);
  });

  it('reports a bad field by its path, charges over 100 % by mode, and a bad currency', () => {
    expect(rateIssues(rates)).toEqual([]);
    expect(rateIssues(writeSetting(rates, field('returns.writeOffShare'), 1.5))).toEqual([
      { kind: 'field', path: 'returns.writeOffShare' },
    ]);
    expect(rateIssues(writeSetting(rates, field('labour.hourlyCost'), 12.5))).toEqual([
      { kind: 'field', path: 'labour.hourlyCost' },
    ]);
    const greedy = writeSetting(
      writeSetting(rates, field('commission.default'), 0.6),
      field('serviceFee.semi-managed'),
      0.5,
    );
    expect(rateIssues(greedy)).toContainEqual({ kind: 'total', mode: 'semi-managed' });
    expect(rateIssues({ ...rates, currency: 'usd' })).toEqual([{ kind: 'currency' }]);
  });
});
