/**
 * Carrier / logistics-service names → CarrierId, matched by a distinctive word in the service name
 * ("Cainiao Super Economy Global", "AliExpress Standard Shipping" is Cainiao's, "China Post Registered Air Mail").
 */
import type { CarrierId } from '../domain/types';
import { memoizeByText, normalizeKey } from './text';

const CARRIER_WORDS: [CarrierId, readonly string[]][] = [
  [
    'cainiao',
    [
      'cainiao',
      '菜鸟',
      'aliexpressstandard',
      'aliexpresspremium',
      'aliexpresssaver',
      'aliexpressselection',
      '无忧',
    ],
  ],
  ['china-post', ['chinapost', '中国邮政', '邮政小包', 'chinaairpost']],
  ['ems', ['ems', 'epacket', 'e邮宝']],
  ['dhl', ['dhl']],
  ['ups', ['ups']],
  ['yanwen', ['yanwen', '燕文']],
  ['4px', ['4px', '递四方']],
];

export const carrierFromText: (text: string) => CarrierId | undefined = memoizeByText((text) => {
  const key = normalizeKey(text);
  if (key === '') return undefined;
  return CARRIER_WORDS.find(([, words]) => words.some((word) => key.includes(word)))?.[0];
});
