// Component-test helpers: the whole app on a fresh store and a fresh IndexedDB, files picked like a person picks
// them, and downloads caught as the blobs the app hands to the browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, render, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { Lang } from '../../src/i18n/i18n';
import type { useUi as UseUi, ViewTab } from '../../src/store/ui';
import type { useWorkspace as UseWorkspace } from '../../src/store/workspace';

export interface RenderAppOptions {
  /** The UI language, set before the first render (so the matching sample loads). */
  lang?: Lang;
  /** The tab shown first. */
  tab?: ViewTab;
  /** The page address at start-up, e.g. `/?lang=ru` (the store reads it when it is created). */
  url?: string;
  /** Load every lazy view before the first render (default), as the page does once idle. */
  preloadViews?: boolean;
}

export interface AppUnderTest extends RenderResult {
  user: UserEvent;
  /** The stores of this render (fresh module instances: use these, not a static import). */
  ui: typeof UseUi;
  workspace: typeof UseWorkspace;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/**
 * Renders <App/> as on a first visit: empty storage, no language preference, the address given.
 *
 * The stores cache their IndexedDB connection and start-up language at module level, and a test that ends
 * while a save is still in flight would otherwise write into the next test's database. So each call loads
 * the app's modules afresh (`vi.resetModules`) over a new in-memory IndexedDB: nothing leaks between tests.
 */
export async function renderApp(options: RenderAppOptions = {}): Promise<AppUnderTest> {
  vi.resetModules();
  globalThis.indexedDB = new IDBFactory();
  window.localStorage.clear();
  window.history.replaceState(null, '', options.url ?? '/');
  // One page is one tab: without this, module instances of earlier tests would hear this one's saves as
  // "changed in another tab".
  vi.stubGlobal('BroadcastChannel', undefined);
  const [{ App, preloadViews }, { useUi }, { useWorkspace }, { loadCatalogue }] = await Promise.all([
    import('../../src/app/App'),
    import('../../src/store/ui'),
    import('../../src/store/workspace'),
    import('../../src/i18n/i18n'),
  ]);
  // The views the app loads when idle are loaded here at once, so that a test sees a tab as soon as it opens it;
  // both languages' messages too (the page loads its language before the first render: src/main.tsx).
  await Promise.all([
    options.preloadViews === false ? undefined : preloadViews(),
    loadCatalogue('en'),
    loadCatalogue('ru'),
  ]);
  if (options.lang) useUi.setState({ lang: options.lang });
  if (options.tab) useUi.setState({ tab: options.tab });
  const user = userEvent.setup();
  rendered = useWorkspace;
  const view = render(<App />);
  return { ...view, user, ui: useUi, workspace: useWorkspace };
}

/** The workspace totals line in the page header (`150 members · 21 ambassadors · 40 skills · 689 links`). */
export function headerTotals(): HTMLElement {
  const header = screen.getByRole('banner');
  const totals = header.querySelector<HTMLElement>('.workspace-totals');
  if (!totals) throw new Error('the header shows no workspace totals');
  return totals;
}

/** Waits until the header shows every part, e.g. `'150 members'` once the sample has loaded. */
export async function waitForTotals(...parts: string[]): Promise<void> {
  const header = screen.getByRole('banner');
  await within(header).findByText((_, element) => {
    if (!element?.classList.contains('workspace-totals')) return false;
    const text = element.textContent ?? '';
    return parts.every((part) => new RegExp(`(^|\\D)${escapeRegExp(part)}`).test(text));
  });
}

/** The workspace store of the last `renderApp`. */
let rendered: typeof UseWorkspace | null = null;

/**
 * The bundled sample in the language given has loaded (`150 members` in the header). After a language switch the
 * header speaks the new language at once and the untouched sample in it lands a little later: that is waited for too.
 */
export async function waitForSample(lang: Lang = 'en'): Promise<void> {
  await waitForTotals(lang === 'en' ? '150 members' : '150 участников');
  const store = rendered;
  if (store)
    await waitFor(() => {
      const { meta } = store.getState();
      if (meta.untouchedSample && meta.sampleLang !== lang)
        throw new Error(`the ${lang} sample has not landed`);
    });
  // The views follow the header in a deferred render: the gap report's export, which needs the analysis, is enabled
  // once they have caught up.
  await waitFor(() => {
    const name = lang === 'en' ? 'Export gap report' : 'Экспорт отчёта';
    if (screen.queryByRole('button', { name })?.hasAttribute('disabled'))
      throw new Error('the views have not caught up with the sample');
  });
}

/** A file as a person's disk holds it: UTF-8 text (give a `\ufeff` prefix for a BOM). */
export function textFile(name: string, text: string, type = 'text/csv'): File {
  return new File([text], name, { type });
}

/** Picks the files in the `Import CSV` input (its accessible name in the UI language), all in one pick. */
export async function pickFiles(user: UserEvent, files: File[], inputName = 'Import CSV'): Promise<void> {
  await user.upload(screen.getByLabelText(inputName), files);
}

/** Picks the files and waits for the import report (`Import report`) that follows. */
export async function importFiles(
  user: UserEvent,
  files: File[],
  names: { input?: string; report?: string } = {},
): Promise<HTMLElement> {
  await pickFiles(user, files, names.input);
  return screen.findByRole('dialog', { name: names.report ?? 'Import report' });
}

/** Closes the import report with its `Close` button. */
export async function closeReport(user: UserEvent, report: HTMLElement, closeName = 'Close'): Promise<void> {
  await user.click(within(report).getByRole('button', { name: closeName }));
}

/** The import input's, report's and close button's names in each UI language. */
const IMPORT_NAMES: Record<Lang, { input: string; report: string; close: string }> = {
  en: { input: 'Import CSV', report: 'Import report', close: 'Close' },
  ru: { input: 'Импорт CSV', report: 'Отчёт об импорте', close: 'Закрыть' },
};

/**
 * Renders the app in `lang` (English unless given), waits for the sample, then imports `files` and closes the
 * import report: a club of a test's own on the tab asked for.
 */
export async function renderAppWithFiles(
  files: File[],
  options: RenderAppOptions = {},
): Promise<AppUnderTest> {
  const lang = options.lang ?? 'en';
  const app = await renderApp({ ...options, lang });
  await waitForSample(lang);
  const names = IMPORT_NAMES[lang];
  await closeReport(app.user, await importFiles(app.user, files, names), names.close);
  return app;
}

/** Selects a member by name, as a click on the map would, and returns their side panel. */
export async function memberPanel(app: AppUnderTest, name: string): Promise<HTMLElement> {
  const member = app.workspace.getState().workspace.members.find((m) => m.name === name)!;
  act(() => app.ui.getState().select({ kind: 'member', key: member.key }));
  return screen.findByRole('complementary', { name });
}

/** The term → definition pairs of a `<dl>` list inside `container` (the report's kind, encoding, rows…). */
export function factsOf(container: HTMLElement): Map<string, string> {
  const facts = new Map<string, string>();
  for (const term of within(container).getAllByRole('term')) {
    const definition = term.nextElementSibling;
    if (definition?.tagName === 'DD') facts.set(term.textContent ?? '', definition.textContent ?? '');
  }
  return facts;
}

export interface Download {
  fileName: string;
  blob: Blob;
}

/**
 * Catches what the app downloads (a blob URL clicked through a temporary link) instead of letting jsdom try
 * to navigate. Returns the list the downloads are appended to, in order.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
    const url = `blob:expertise-map-test/${blobs.size + 1}`;
    blobs.set(url, object as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}

/**
 * A downloaded file's text exactly as written: a UTF-8 BOM stays as its first character `\ufeff`
 * (Blob.text() would drop it, as the Encoding standard's UTF-8 decode does).
 */
export async function downloadedText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await blob.arrayBuffer()));
}

/** The lines of a CSV text, without the line break that ends the last one. */
export function csvLines(text: string): string[] {
  const lines = text.split(/\r\n|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A small club whose gap report is worked out by hand in the tests (see export.test.tsx, gaps.test.tsx):
 * 4 skills, 5 members (2 ambassadors), 10 links.
 */
export function smallClubFiles(): File[] {
  return [
    textFile(
      'skills.csv',
      [
        'skill_id,skill,category,target,required_level,weight',
        'S1,Python,Tech,2,3,2',
        'S2,SQL,Tech,1,3,1',
        'S3,Public speaking,Soft,1,4,3',
        'S4,Kubernetes,Tech,1,3,1',
        '',
      ].join('\n'),
    ),
    textFile(
      'members.csv',
      [
        'member_id,name,department,status,workload',
        'M1,Anna Petrova,Sales,ambassador,40',
        'M2,Boris Ivanov,IT,ambassador,10',
        'M3,Clara Smith,HR,employee,50',
        'M4,Dmitry Orlov,IT,employee,0',
        'M5,Elena Volkova,IT,alumni,100',
        '',
      ].join('\n'),
    ),
    textFile(
      'expertise.csv',
      [
        'member_id,skill_id,level',
        'M1,S1,4',
        'M2,S2,5',
        'M2,S1,2',
        'M3,S1,3',
        'M3,S3,5',
        'M4,S1,5',
        'M4,S3,4',
        'M5,S3,4',
        'M1,S4,3',
        'M2,S4,3',
        '',
      ].join('\n'),
    ),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
