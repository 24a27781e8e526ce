import { readFileSync } from 'node:fs';

export interface AppMeta {
  name: string;
  version: string;
}

/** Read from package.json once so every shell reports the same name and version. */
export function readAppMeta(packageJsonPath: string): AppMeta {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
    productName?: string;
    name: string;
    version: string;
  };
  return { name: pkg.productName ?? pkg.name, version: pkg.version };
}
