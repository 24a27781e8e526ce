import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EnglishBundle } from './bundles';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** i18next picks `x_one` / `x_other` when given a count: the bare key `x` is a key too. */
type WithPluralBase<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? K | Base : K;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? WithPluralBase<`${P}${K}`> : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key the English bundle has, derived from bundles.ts: a new feature's keys are here once it is listed. */
export type TranslationKey = Leaves<EnglishBundle>;

/**
 * A literal key must be one of the bundle's keys, so a missing or misspelt key fails the typecheck. A key built at
 * run time (a `string`, or a template like `hosting.mode.${mode}`) must match at least one key; which one it is
 * can only be known when it runs, and the completeness test in i18n.test.ts covers the literal ones again.
 */
export type CheckedKey<K extends string> = [Extract<TranslationKey, K>] extends [never] ? TranslationKey : K;

export type Translate = <K extends string>(
  key: CheckedKey<K> | readonly CheckedKey<K>[],
  options?: Readonly<Record<string, unknown>>,
) => string;

type Branches<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? never : `${P}${K}` | Branches<T[K], `${P}${K}.`>;
}[keyof T & string];
/** A key that holds a tree of strings, e.g. `inbox.topic`: its leaves as one record (for lookups by id). */
export type TranslationBranch = Branches<EnglishBundle>;

/** i18next's own t (tests, helpers given i18next.t) with checked keys. */
export const checked = (t: TFunction): Translate => t as unknown as Translate;

/** useTranslation with checked keys; every component asks for its strings through this. */
export function useT() {
  const { t, i18n } = useTranslation();
  const branch = (key: TranslationBranch) =>
    (t as unknown as (k: string, o: object) => Record<string, string>)(key, { returnObjects: true });
  return { t: checked(t), i18n, branch };
}
