// @vitest-environment node
// Each fence in eslint.config.js is shown to hold: a probe that crosses it gets an error from the fence's rule,
// and a probe that stays inside the allowed arrows gets none. Most probes are linted as text under a path in
// the layer (nothing is written); the cycle probes must exist on disk, since the rules read imported files.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './importCycles';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = path.join(root, 'src');
const eslint = new ESLint({ cwd: root });

const PATHS = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';

// Probe files carry this prefix: tsconfig excludes it, and a run per process gets names of its own, because
// import-x caches what it learnt about a path.
const probePrefix = `__fence_probe_${process.pid}_`;
let probeCount = 0;
const probePath = (folder: string, ext = 'ts') =>
  path.join(src, folder, `${probePrefix}${++probeCount}.${ext}`);

/** Some module of the folder (not a test), so probes keep working when files are moved or renamed. */
function moduleIn(folder: string): string {
  const modules = readdirSync(path.join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
  // A probe module is taken only where the test made one (src/workers before the worker moves there).
  const found = modules.find((file) => !file.includes('__fence_probe_')) ?? modules[0];
  if (!found) throw new Error(`no module in src/${folder}`);
  return path.join(src, folder, found);
}

/** The import specifier that reaches `target` from a file in `fromFolder`. */
function specifier(fromFolder: string, target: string): string {
  const relative = path
    .relative(path.join(src, fromFolder), target)
    .replace(/\\/g, '/')
    .replace(/\.tsx?$/, '');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const features = readdirSync(path.join(src, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const [feature, otherFeature] = features as [string, string];

async function lint(folder: string, code: string, ext = 'ts'): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: probePath(folder, ext) });
  const fatal = result!.messages.filter((message) => message.fatal);
  expect(fatal, 'the probe parses').toEqual([]);
  return result!.messages;
}

const errorsOf = (messages: Linter.LintMessage[], rule?: string) =>
  messages.filter((message) => message.severity === 2 && (rule === undefined || message.ruleId === rule));

/** A probe that imports `spec` and uses it, so only a fence can object. */
const importing = (spec: string) => `import * as target from '${spec}';\n\nexport const probe = target;\n`;
const importingType = (spec: string) =>
  `import type * as target from '${spec}';\n\nexport type Probe = typeof target;\n`;

// [layer the probe sits in, folder (or package) it imports]
const folderFences: [string, string][] = [
  ...['io', 'store', 'graph', `features/${feature}`, 'app', 'components', 'i18n', 'workers'].map(
    (to): [string, string] => ['domain', to],
  ),
  ...['store', 'graph', `features/${feature}`, 'app', 'components', 'workers', 'i18n'].map(
    (to): [string, string] => ['io', to],
  ),
  ...[`features/${feature}`, 'graph', 'app', 'components'].map((to): [string, string] => ['store', to]),
  ...['store', `features/${feature}`, 'app', 'components', 'io'].map((to): [string, string] => ['graph', to]),
  [`features/${feature}`, `features/${otherFeature}`],
  [`features/${otherFeature}`, `features/${feature}`],
  [`features/${feature}`, 'app'],
  ...[`features/${feature}`, 'store', 'app'].map((to): [string, string] => ['components', to]),
  ...['domain', 'store', 'io'].map((to): [string, string] => ['i18n', to]),
  ...['store', `features/${feature}`, 'graph', 'app'].map((to): [string, string] => ['workers', to]),
  ...['store', `features/${feature}`, 'components', 'app'].map((from): [string, string] => [from, 'workers']),
];

const packageFences: [string, string][] = [
  ...['react', 'zustand', 'cytoscape', 'idb-keyval', 'papaparse'].map((pkg): [string, string] => [
    'domain',
    pkg,
  ]),
  ...['react', 'react-dom/client', 'zustand', 'cytoscape', 'react-cytoscapejs', 'idb-keyval'].map(
    (pkg): [string, string] => ['io', pkg],
  ),
  ['i18n', 'react'],
  ['workers', 'zustand'],
  // Only src/graph touches cytoscape.
  ...['store', `features/${feature}`, 'components', 'app'].flatMap((layer): [string, string][] => [
    [layer, 'cytoscape'],
    [layer, 'react-cytoscapejs'],
  ]),
];

describe('layer fences', () => {
  it.each(folderFences)('a module in src/%s may not import src/%s', async (layer, to) => {
    const messages = await lint(layer, importing(specifier(layer, moduleIn(to))));
    expect(errorsOf(messages, PATHS).length).toBeGreaterThan(0);
  });

  it.each(packageFences)('a module in src/%s may not import %s', async (layer, pkg) => {
    const messages = await lint(layer, importing(pkg));
    expect(errorsOf(messages, PACKAGES).length).toBeGreaterThan(0);
  });

  it('a type-only import crosses a fence as much as a value import', async () => {
    const messages = await lint('domain', importingType(specifier('domain', moduleIn('store'))));
    expect(errorsOf(messages, PATHS).length).toBeGreaterThan(0);
  });

  it('a re-export crosses a fence too', async () => {
    const spec = specifier(`features/${feature}`, moduleIn(`features/${otherFeature}`));
    const messages = await lint(`features/${feature}`, `export * from '${spec}';\n`);
    expect(errorsOf(messages, PATHS).length).toBeGreaterThan(0);
  });

  it('a folder nested in a feature is fenced like the feature', async () => {
    const messages = await lint(
      `features/${otherFeature}/parts`,
      importing(specifier(`features/${otherFeature}/parts`, moduleIn(`features/${feature}`))),
    );
    expect(errorsOf(messages, PATHS).length).toBeGreaterThan(0);
  });
});

describe('no browser globals in the pure layers', () => {
  it.each([
    ['domain', 'export const title = document.title;\n', GLOBALS],
    ['domain', 'export const width = window.innerWidth;\n', GLOBALS],
    ['io', "export const saved = localStorage.getItem('probe');\n", GLOBALS],
    ['io', "export const saved = sessionStorage.getItem('probe');\n", GLOBALS],
    ['io', 'export const online = navigator.onLine;\n', GLOBALS],
    ['io', 'export const scope = self;\n', GLOBALS],
    ['io', "export const opened = indexedDB.open('probe');\n", GLOBALS],
    ['domain', 'export const here = location.href;\n', GLOBALS],
    ['domain', 'export const back = () => history.back();\n', GLOBALS],
    ['io', "export const channel = new BroadcastChannel('probe');\n", GLOBALS],
    ['io', "export const saved = globalThis.localStorage.getItem('probe');\n", 'no-restricted-properties'],
    // Any other browser API is simply undefined there.
    ['domain', "export const answer = fetch('/probe');\n", 'no-undef'],
    ['io', 'export type Probe = HTMLElement;\n', 'no-undef'],
    ['workers', 'export const title = document.title;\n', GLOBALS],
  ])('src/%s: %j is an error', async (layer, code, rule) => {
    expect(errorsOf(await lint(layer, code), rule).length).toBeGreaterThan(0);
  });
});

describe('allowed arrows pass', () => {
  it.each([
    ['domain', specifier('domain', moduleIn('domain'))],
    ['io', specifier('io', moduleIn('io'))],
    ['io', specifier('io', moduleIn('domain'))],
    ['graph', specifier('graph', moduleIn('domain'))],
    ['graph', specifier('graph', moduleIn('i18n'))],
    ['graph', 'cytoscape'],
    ['store', specifier('store', moduleIn('io'))],
    ['store', specifier('store', moduleIn('domain'))],
    ['store', specifier('store', moduleIn('i18n'))],
    [`features/${feature}`, specifier(`features/${feature}`, moduleIn(`features/${feature}`))],
    ...['components', 'store', 'graph', 'io', 'domain', 'i18n'].map((to): [string, string] => [
      `features/${feature}`,
      specifier(`features/${feature}`, moduleIn(to)),
    ]),
    ...[`features/${feature}`, 'components', 'store', 'graph', 'io', 'domain', 'i18n'].map(
      (to): [string, string] => ['app', specifier('app', moduleIn(to))],
    ),
    ['components', specifier('components', moduleIn('domain'))],
    ['i18n', specifier('i18n', moduleIn('i18n'))],
    ['workers', specifier('workers', moduleIn('io'))],
    ['workers', specifier('workers', moduleIn('domain'))],
  ])('src/%s may import %s', async (layer, spec) => {
    expect(errorsOf(await lint(layer, importing(spec)))).toEqual([]);
  });

  it.each([
    ['io', "export const text = new TextDecoder('utf-8').decode(new TextEncoder().encode('x'));\n"],
    ['io', 'export const size = (blob: Blob) => blob.size;\n'],
    ['domain', 'export const keys = new Map<string, number>([[`a`, 1]]);\n'],
    ['workers', 'self.postMessage(performance.now());\n'],
  ])('src/%s may use %j', async (layer, code) => {
    expect(errorsOf(await lint(layer, code))).toEqual([]);
  });
});

describe('import cycles', () => {
  /** Writes modules into src/domain for the test's length; returns their paths. */
  function withProbes(sources: ((names: string[]) => string)[]): string[] {
    const files = sources.map(() => probePath('domain'));
    const names = files.map((file) => `./${path.basename(file, '.ts')}`);
    files.forEach((file, i) => writeFileSync(file, sources[i]!(names)));
    return files;
  }

  it('two modules importing values from each other fail import-x/no-cycle', async () => {
    const files = withProbes([
      ([, b]) => `import { b } from '${b}';\n\nexport const a = () => b;\n`,
      ([a]) => `import { a } from '${a}';\n\nexport const b = () => a;\n`,
    ]);
    try {
      const results = await eslint.lintFiles(files);
      for (const result of results)
        expect(errorsOf(result.messages, 'import-x/no-cycle').length).toBeGreaterThan(0);
    } finally {
      files.forEach((file) => rmSync(file, { force: true }));
    }
  });

  it('a longer loop of value imports fails too', async () => {
    const files = withProbes([
      ([, b]) => `import { b } from '${b}';\n\nexport const a = () => b;\n`,
      ([, , c]) => `import { c } from '${c}';\n\nexport const b = () => c;\n`,
      ([a]) => `import { a } from '${a}';\n\nexport const c = () => a;\n`,
    ]);
    try {
      const [result] = await eslint.lintFiles(files.slice(0, 1));
      expect(errorsOf(result!.messages, 'import-x/no-cycle').length).toBeGreaterThan(0);
    } finally {
      files.forEach((file) => rmSync(file, { force: true }));
    }
  });

  it('a type-only cycle passes lint but is found in the import graph', async () => {
    const files = withProbes([
      ([, b]) => `import type { B } from '${b}';\n\nexport type A = { b?: B };\n`,
      ([a]) => `import type { A } from '${a}';\n\nexport type B = { a?: A };\n`,
    ]);
    try {
      const graph = importGraph(src);
      expect(importCycles(graph)).toContainEqual([...files].sort());
    } finally {
      files.forEach((file) => rmSync(file, { force: true }));
    }
  });

  it('src has no import cycle, counting type-only and dynamic imports', () => {
    const cycles = importCycles(importGraph(src)).map((group) =>
      group.map((file) => path.relative(root, file)),
    );
    expect(cycles).toEqual([]);
  });
});
