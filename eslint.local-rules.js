// @ts-check
/**
 * The project's own lint rules, for what import patterns cannot say: they resolve each import against the
 * importing file, so they hold at any folder depth and for any feature folder added later.
 *
 * - feature-boundaries: renderer/src/features/<a>/… may import another feature only through its public face,
 *   `features/<b>` or `features/<b>/index` (ARCHITECTURE §14).
 * - shared-alias: code outside shared/ imports shared code as `@shared/…`, never by a relative climb.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const FEATURES = ['renderer', 'src', 'features'].join('/');

/** Repository-relative path with forward slashes. */
const repoPath = (absolute) => relative(ROOT, absolute).split(sep).join('/');

/** Where a specifier points inside the repository, or undefined for a package. */
function targetOf(filename, specifier) {
  if (specifier.startsWith('@shared/')) return `shared/${specifier.slice('@shared/'.length)}`;
  if (specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../'))
    return repoPath(resolve(dirname(filename), specifier));
  return undefined;
}

/** Calls `check(node, specifier)` for every static import, re-export and dynamic import with a literal source. */
function onEverySource(check) {
  const visit = (node) => {
    const source = node.source;
    if (source && source.type === 'Literal' && typeof source.value === 'string') check(source, source.value);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const featureOf = (path) => {
  if (!path.startsWith(`${FEATURES}/`)) return undefined;
  const [name, ...rest] = path.slice(FEATURES.length + 1).split('/');
  return { name, rest: rest.join('/') };
};

const PUBLIC_FACE = new Set(['', 'index', 'index.ts', 'index.tsx']);

/** @type {import('eslint').Rule.RuleModule} */
const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "A feature imports another feature only through that feature's index.ts" },
    schema: [],
    messages: {
      deep: "'{{specifier}}' reaches into the {{feature}} feature's internals. Import '{{face}}' (features/{{feature}}/index.ts) instead, and export what you need from there; shared writes go in renderer/src/data/, pure helpers in shared/.",
    },
  },
  create(context) {
    const importer = featureOf(repoPath(context.filename));
    if (!importer) return {};
    return onEverySource((node, specifier) => {
      const path = targetOf(context.filename, specifier);
      const target = path && featureOf(path);
      if (!target || target.name === importer.name || PUBLIC_FACE.has(target.rest)) return;
      const face = specifier.slice(0, specifier.lastIndexOf(target.name) + target.name.length);
      context.report({ node, messageId: 'deep', data: { specifier, feature: target.name, face } });
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const sharedAlias = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Shared code is imported as @shared/…' },
    schema: [],
    messages: { relative: "Import shared code as '@shared/{{rest}}', not by a relative path." },
  },
  create(context) {
    if (repoPath(context.filename).startsWith('shared/')) return {};
    return onEverySource((node, specifier) => {
      if (!specifier.startsWith('.')) return;
      const path = targetOf(context.filename, specifier);
      if (path === 'shared' || path?.startsWith('shared/'))
        context.report({ node, messageId: 'relative', data: { rest: path.slice('shared/'.length) } });
    });
  },
};

export const localRules = {
  rules: { 'feature-boundaries': featureBoundaries, 'shared-alias': sharedAlias },
};
