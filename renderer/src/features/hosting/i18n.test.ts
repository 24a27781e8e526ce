import { describe, expect, it } from 'vitest';
import { HOSTING_MODES } from '@shared/domain/types';
import { DEFAULT_HOSTING_RATES } from '@shared/hosting/defaults';
import { hostingEn, hostingZh } from './i18n';
import { RATE_SOURCES, rateSourceKey } from '@shared/hosting/rates';
import {
  areaLabelKey,
  MODE_PROS_CONS,
  modeNameKey,
  modeSummaryKey,
  partyLabelKey,
  RESPONSIBILITY_AREAS,
  RESPONSIBILITY_MATRIX,
} from '@shared/hosting/responsibilities';
import { switchImpact } from '@shared/hosting/switch';
import { leafKeys } from '@shared/hosting/testing';

function noteKeys(tree: unknown): string[] {
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) =>
    k === 'noteKey' && typeof v === 'string' ? [v] : noteKeys(v),
  );
}

describe('hosting i18n', () => {
  const en = new Set(leafKeys(hostingEn));

  it('English and Chinese have exactly the same keys, none empty', () => {
    expect(leafKeys(hostingZh).sort()).toEqual([...en].sort());
    for (const tree of [hostingEn, hostingZh]) {
      for (const key of leafKeys(tree)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('every key the module hands out has a string', () => {
    const used: string[] = [];
    for (const mode of HOSTING_MODES) {
      used.push(
        modeNameKey(mode),
        modeSummaryKey(mode),
        ...MODE_PROS_CONS[mode].pros,
        ...MODE_PROS_CONS[mode].cons,
      );
      for (const area of RESPONSIBILITY_AREAS)
        used.push(areaLabelKey(area), RESPONSIBILITY_MATRIX[mode][area].noteKey);
      for (const to of HOSTING_MODES) used.push(...switchImpact(mode, to).screens.map((s) => s.changeKey));
    }
    for (const party of ['merchant', 'platform', 'shared'] as const) used.push(partyLabelKey(party));
    for (const source of RATE_SOURCES) used.push(rateSourceKey(source));
    used.push(...noteKeys(DEFAULT_HOSTING_RATES));
    for (const key of used) expect(en.has(key), key).toBe(true);
  });
});
