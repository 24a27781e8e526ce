import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, highlight, indexTokens, matchesQuery, queryTokens } from './tokenize';

const search = (body: string, query: string) => matchesQuery(indexTokens(body), queryTokens(query));

describe('tokenizer', () => {
  it('folds case and accents in Latin text', () => {
    expect(indexTokens('Où est ma COMMANDE? Não recebi. ¿Dónde?').sort()).toEqual(
      ['commande', 'donde', 'est', 'ma', 'nao', 'ou', 'recebi'].sort(),
    );
    expect(fold('Ação Café ÑANDÚ')).toBe('acao cafe nandu');
  });

  it('indexes Cyrillic words, folding ё to е', () => {
    expect(indexTokens('Где мой заказ? Посылка пришёл')).toEqual([
      'где',
      'мои',
      'заказ',
      'посылка',
      'пришел',
    ]);
    expect(search('Посылка пришла', 'ПОСЫЛ')).toBe(true);
    expect(search('Товар пришёл', 'пришел')).toBe(true);
  });

  it('splits Chinese into single characters and bigrams', () => {
    expect(indexTokens('物流信息')).toEqual(['物', '物流', '流', '流信', '信', '信息', '息']);
    expect(search('您好，物流信息显示已签收', '物流')).toBe(true);
    expect(search('您好，物流信息显示已签收', '信息显示')).toBe(true);
    expect(search('您好，物流信息显示已签收', '签')).toBe(true);
    expect(search('您好，物流信息显示已签收', '物信')).toBe(false);
    expect(queryTokens('信息显示')).toEqual([
      { text: '信息', prefix: false },
      { text: '息显', prefix: false },
      { text: '显示', prefix: false },
    ]);
  });

  it('handles mixed scripts in one word and keeps numbers', () => {
    expect(indexTokens('订单8123456789已发货 LP00123CN')).toEqual(
      expect.arrayContaining(['订单', '8123456789', '已发', '发货', 'lp00123cn']),
    );
    expect(search('Size 5 is fine', '5')).toBe(true);
  });

  it('query words match as prefixes and every word must match', () => {
    expect(search('Where is my order?', 'ord wher')).toBe(true);
    expect(search('Where is my order?', 'order refund')).toBe(false);
    expect(search('anything', '  ')).toBe(false);
  });

  it('whatever is indexed can be found by typing it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (body) => {
        const tokens = indexTokens(body);
        for (const t of tokens) expect(matchesQuery(tokens, queryTokens(t))).toBe(true);
      }),
    );
  });
});

describe('highlight', () => {
  const marked = (body: string, query: string) =>
    highlight(body, query)
      .filter((s) => s.match)
      .map((s) => s.text);

  it('marks word prefixes in the original spelling', () => {
    expect(marked('Où est ma commande ?', 'ou comm')).toEqual(['Où', 'comm']);
    expect(marked('Где мой ЗАКАЗ?', 'заказ')).toEqual(['ЗАКАЗ']);
    expect(marked('Não recebi', 'nao')).toEqual(['Não']);
  });

  it('marks Chinese runs wherever they occur', () => {
    expect(highlight('物流信息：物流已更新', '物流')).toEqual([
      { text: '物流', match: true },
      { text: '信息：', match: false },
      { text: '物流', match: true },
      { text: '已更新', match: false },
    ]);
  });

  it('always gives the body back when the segments are joined', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 10 }),
        (body, query) => {
          expect(
            highlight(body, query)
              .map((s) => s.text)
              .join(''),
          ).toBe(body);
        },
      ),
    );
    expect(highlight('', 'x')).toEqual([{ text: '', match: false }]);
  });
});
