import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConfig, globToRegExp, selectedBy } from './package-check';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as Parameters<
  typeof checkConfig
>[0] & {
  files: string[];
};

describe('package:check', () => {
  it('accepts the checked-in installer configuration', () => {
    expect(checkConfig(config)).toEqual([]);
  });

  it('names a fuse, target or association that is wrong', () => {
    const broken = {
      ...config,
      electronFuses: { ...config.electronFuses, runAsNode: true },
      mac: { ...config.mac, target: [{ target: 'dmg', arch: ['arm64'] }] },
      fileAssociations: [],
    };
    expect(checkConfig(broken)).toEqual([
      'mac: a DMG target for arm64 and x64 is required',
      'the .swbackup file association is missing',
      'fuse runAsNode must be false',
    ]);
  });

  it('selects files the way the config patterns say', () => {
    expect(globToRegExp('node_modules/@img/**/*').test('node_modules/@img/sharp-linux-x64/lib/x.node')).toBe(
      true,
    );
    expect(selectedBy(config.files, 'out/main/index.js')).toBe(true);
    expect(selectedBy(config.files, 'out/main/index.js.map')).toBe(false);
    expect(selectedBy(config.files, 'node_modules/zod/README.md')).toBe(false);
    expect(selectedBy(config.files, 'node_modules/foo/test/a.js')).toBe(false);
    expect(selectedBy(config.files, 'renderer/src/main.tsx')).toBe(false);
  });
});
