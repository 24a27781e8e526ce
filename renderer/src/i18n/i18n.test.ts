import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleParts, bundles } from './bundles';

function flatten(tree: object, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((out, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...out, [path]: value }
      : { ...out, ...flatten(value as object, path) };
  }, {});
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const english = flatten(bundles.en);
const chinese = flatten(bundles.zh);

describe('translations', () => {
  it('have no two bundles claiming the same top-level key', () => {
    for (const parts of [bundleParts.en, bundleParts.zh]) {
      const claimed = parts.flatMap((part) => Object.keys(part));
      expect(claimed.filter((key, i) => claimed.indexOf(key) !== i)).toEqual([]);
    }
  });

  it('have exactly the same keys in English and Chinese', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it('have no empty strings and keep the same placeholders', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(text.trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(placeholders(chinese[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('contain every key the code asks for with a literal t("…")', () => {
    const root = join(import.meta.dirname, '..');
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        const key = match[1] as string;
        // i18next resolves `key` with a count to its plural forms (`key_one`, `key_other`).
        const known = key in english || `${key}_other` in english;
        if (!known && !Object.keys(english).some((k) => k.startsWith(`${key}.`)))
          missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
