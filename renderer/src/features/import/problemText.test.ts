import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImport, IMPORT_PROBLEM_CODES, IMPORT_PROBLEMS_EN } from '@shared/import';
import { bundles } from '../../i18n/bundles';
import { importEn, importZh } from './i18n';
import { problemText } from './problemText';
import { checked } from '../../i18n/useT';

const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();
const APP_CODES = ['currencyMismatch', 'noProduct'];

let t: typeof i18next.t;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: bundles.en }, zh: { translation: bundles.zh } },
    lng: 'zh',
    interpolation: { escapeValue: false },
  });
  t = i18n.t.bind(i18n);
});

describe('import problem texts', () => {
  it('exist in English and Chinese for every code, with the same placeholders', () => {
    const en: Record<string, string> = importEn.import.problem;
    const zh: Record<string, string> = importZh.import.problem;
    for (const code of [...IMPORT_PROBLEM_CODES, ...APP_CODES]) {
      expect(en[code], code).toBeTruthy();
      expect(zh[code], code).toBeTruthy();
      expect(placeholders(zh[code] ?? ''), code).toEqual(placeholders(en[code] ?? ''));
      expect(zh[code], `${code} is translated`).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(Object.keys(zh).sort()).toEqual([...IMPORT_PROBLEM_CODES, ...APP_CODES].sort());
  });

  it('read in English exactly as the engine (and the CLI) words them', () => {
    for (const code of IMPORT_PROBLEM_CODES)
      expect(importEn.import.problem[code]).toBe(IMPORT_PROBLEMS_EN[code]);
  });

  it('turn a checked file’s problems into Chinese, row by row', async () => {
    const csv = [
      'Order ID,Order Time,Country,Quantity,Order Amount,Currency,Order Status',
      '1,2025-13-45 10:00:00,RU,1,5.00,USD,Shipped',
      '2,2025-11-11 10:00:00,Atlantis,1,5.00,USD,Shipped',
      ',2025-11-11 10:00:00,RU,-2,5.00,USD,Shipped',
    ].join('\n');
    const check = await checkImport(new TextEncoder().encode(csv), 'bad.csv', 'orders');
    expect(check.errors.map((error) => problemText(checked(t), error))).toEqual([
      {
        column: 'Order Time',
        reason:
          '无法识别日期“2025-13-45 10:00:00”：应为 2025-11-11 10:23:45、11/11/2025 10:23、11.11.2025 或 2025年11月11日 10:23 这样的格式',
      },
      { column: 'Country', reason: '无法识别国家/地区“Atlantis”：应为国家名称或 ISO 代码' },
      { column: 'Order ID', reason: '缺少订单号' },
      { column: 'Quantity', reason: '数量至少为 1，此处为 -2' },
    ]);
  });

  it('name a missing column by its field label in the user’s language', async () => {
    const check = await checkImport(
      new TextEncoder().encode('Order ID,Order Time,Country,Order Amount,Currency\n1,2025-11-11,RU,5,USD\n'),
      'x.csv',
      'orders',
    );
    const missing = check.errors.find((error) => error.code === 'missingColumn');
    expect(missing && problemText(checked(t), missing)).toEqual({
      column: '订单状态',
      reason: expect.stringMatching(/^缺少必填列“订单状态”：表头应为 Order Status, 订单状态/u),
    });
  });

  it('fall back to the English message for a problem without a code', () => {
    expect(problemText(checked(t), { row: 2, column: 'X', message: 'something odd' })).toEqual({
      column: 'X',
      reason: 'something odd',
    });
  });
});
