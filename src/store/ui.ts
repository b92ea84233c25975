// UI state that is not the workspace: language (URL + a small localStorage preference), view, selection.
// The language and the tab start from the URL; src/app/urlSync.ts keeps the URL in step (docs/contract.md#url).
import { create } from 'zustand';
import { useMemo } from 'react';
import { sameEntity, type DrillStep, type EntityRef } from '../domain/entities';
import { NO_FILTER, type ExplorerFilter } from '../domain/explorerFilter';
import {
  detectLang,
  isLang,
  loadCatalogue,
  localeOf,
  translator,
  withCatalogue,
  type Lang,
  type Translate,
} from '../i18n/i18n';
import type { Delimiter } from '../io/delimiter';
import type { CsvOptions } from '../io/csv';
import { CSV_ENCODINGS, type CsvEncoding } from '../io/csvBytes';
import {
  parseUrlView,
  type FocusSteps,
  type GraphModeChoice,
  type HealthSection,
  type UrlView,
  type ViewTab,
} from './urlState';
import {
  initialThemeChoice,
  resolveTheme,
  saveThemeChoice,
  useSystemPrefersDark,
  type ResolvedTheme,
  type ThemeChoice,
} from './theme';

export type { FocusSteps, GraphModeChoice, HealthSection, ViewTab };

const LANG_PREF = 'expertise-map:lang';
const CSV_PREF = 'expertise-map:csv';
const DELIMITER_CHOICES: readonly (Delimiter | 'auto')[] = ['auto', ',', ';', '\t', '|'];
export const HEADER_LANG_CHOICES: readonly HeaderLangChoice[] = ['ui', 'en', 'ru'];

/** The CSV settings a person chose before (a small preference in localStorage), else the defaults. */
function initialCsvPreferences(): CsvPreferences {
  const defaults: CsvPreferences = { delimiter: 'auto', bom: true, encoding: 'utf-8', headerLang: 'ui' };
  try {
    const stored = JSON.parse(
      window.localStorage.getItem(CSV_PREF) ?? 'null',
    ) as Partial<CsvPreferences> | null;
    return {
      delimiter:
        stored && DELIMITER_CHOICES.includes(stored.delimiter as Delimiter)
          ? (stored.delimiter as Delimiter | 'auto')
          : defaults.delimiter,
      bom: typeof stored?.bom === 'boolean' ? stored.bom : defaults.bom,
      encoding:
        stored && CSV_ENCODINGS.includes(stored.encoding as CsvEncoding)
          ? (stored.encoding as CsvEncoding)
          : defaults.encoding,
      headerLang:
        stored && HEADER_LANG_CHOICES.includes(stored.headerLang as HeaderLangChoice)
          ? (stored.headerLang as HeaderLangChoice)
          : defaults.headerLang,
    };
  } catch {
    return defaults;
  }
}

/** The language of a CSV's headers and words: the interface's, or one chosen for every file. */
export type HeaderLangChoice = 'ui' | Lang;

export interface CsvPreferences {
  delimiter: Delimiter | 'auto';
  /** A UTF-8 BOM; Windows-1251 has none. */
  bom: boolean;
  /** For the gap report and the cohort; the workspace export stays UTF-8 so that it reads back exactly. */
  encoding: CsvEncoding;
  headerLang: HeaderLangChoice;
}

interface UiState {
  lang: Lang;
  tab: ViewTab;
  /** The open part of the Club health view. */
  healthSection: HealthSection;
  /** The selected skill, member or category: shown in the side panel, highlighted on the map. */
  selected: EntityRef | null;
  /** The entity whose neighbourhood the map is focused on. */
  focused: EntityRef | null;
  /** The drill-down steps taken before `focused` (or, with nothing focused, to the level shown); [] = overview. */
  drill: readonly DrillStep[];
  graphMode: GraphModeChoice;
  /** How far the focused entity's neighbourhood reaches on the map. */
  steps: FocusSteps;
  /** What the map, the matrix and the skill–skill view show (docs/contract.md#explorer-filters). */
  filter: ExplorerFilter;
  csv: CsvPreferences;
  /** Auto (the system's), light or dark: a preference in localStorage. */
  theme: ThemeChoice;
  setLang: (lang: Lang) => void;
  setTab: (tab: ViewTab) => void;
  setHealthSection: (section: HealthSection) => void;
  select: (entity: EntityRef | null) => void;
  /** Focuses on an entity from outside the drill-down (find box, side panel): the path starts again. */
  focus: (entity: EntityRef | null) => void;
  /** One level down: a category or department opens its level, a skill or person is focused. */
  drillInto: (step: DrillStep) => void;
  /** Back to the crumb at `depth` of the path (0 = the overview). */
  drillBack: (depth: number) => void;
  /** The path and focus as a whole (the URL's). */
  showPath: (drill: readonly DrillStep[], focused: EntityRef | null) => void;
  setGraphMode: (mode: GraphModeChoice) => void;
  setSteps: (steps: FocusSteps) => void;
  setFilter: (filter: Partial<ExplorerFilter>) => void;
  /** One category or all of them (the toolbar's quick choice). */
  setCategory: (category: string | null) => void;
  setCsv: (csv: Partial<CsvPreferences>) => void;
  setTheme: (theme: ThemeChoice) => void;
}

function initialLang(): Lang {
  if (typeof window === 'undefined') return 'en';
  const fromUrl = parseUrlView(window.location.search).lang;
  if (fromUrl) return fromUrl;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANG_PREF);
  } catch {
    // storage may be blocked; the browser language decides then
  }
  if (isLang(stored)) return stored;
  return detectLang('', navigator.languages ?? [navigator.language]);
}

const startUrl: UrlView | null = typeof window === 'undefined' ? null : parseUrlView(window.location.search);
const NO_DRILL: readonly DrillStep[] = Object.freeze([]);

/** The whole drill-down path: the steps, then the focused entity. */
export function drillPath(state: Pick<UiState, 'drill' | 'focused'>): DrillStep[] {
  return state.focused ? [...state.drill, state.focused] : [...state.drill];
}

/** A path as the store keeps it: a skill or person at its end is the focus, the rest the steps before it. */
function splitPath(path: DrillStep[]): Pick<UiState, 'drill' | 'focused'> {
  const last = path.at(-1);
  if (last && (last.kind === 'skill' || last.kind === 'member'))
    return { drill: path.slice(0, -1), focused: { kind: last.kind, key: last.key } };
  return { drill: path.length === 0 ? NO_DRILL : path, focused: null };
}

/** The language the page starts in; `main.tsx` loads its messages before the first render. */
export const startLang: Lang = initialLang();
let wantedLang: Lang = startLang;

export const useUi = create<UiState>((set) => ({
  lang: startLang,
  tab: startUrl?.view ?? 'map',
  healthSection: startUrl?.section ?? 'activity',
  selected: null,
  focused: null,
  graphMode: startUrl?.mode ?? 'ambassadors',
  steps: startUrl?.steps ?? 1,
  drill: NO_DRILL,
  filter: NO_FILTER,
  csv: initialCsvPreferences(),
  theme: typeof window === 'undefined' ? 'auto' : initialThemeChoice(),
  setLang: (lang) => {
    try {
      window.localStorage.setItem(LANG_PREF, lang);
    } catch {
      // a preference only
    }
    // The switch waits for the language's messages, so no raw key is ever shown; the last choice wins.
    wantedLang = lang;
    withCatalogue(lang, () => {
      if (wantedLang !== lang) return;
      document.documentElement.lang = lang;
      set({ lang });
    });
  },
  setTab: (tab) => set({ tab }),
  setHealthSection: (healthSection) => set({ healthSection }),
  // The same entity again keeps the stored object, so views memoised on it do not redraw.
  select: (entity) => set((s) => (sameEntity(s.selected, entity) ? s : { selected: entity })),
  focus: (entity) =>
    set((s) =>
      sameEntity(s.focused, entity) && s.drill.length === 0 ? s : { focused: entity, drill: NO_DRILL },
    ),
  drillInto: (step) =>
    set((s) => {
      const path = drillPath(s);
      const last = path.at(-1);
      if (last && last.kind === step.kind && last.key === step.key) return s;
      return splitPath([...path, step]);
    }),
  drillBack: (depth) => set((s) => splitPath(drillPath(s).slice(0, depth))),
  showPath: (drill, focused) => set({ drill: drill.length === 0 ? NO_DRILL : drill, focused }),
  setGraphMode: (graphMode) => set({ graphMode }),
  setSteps: (steps) => set({ steps }),
  setFilter: (filter) => set((s) => ({ filter: { ...s.filter, ...filter } })),
  setCategory: (category) =>
    set((s) => ({ filter: { ...s.filter, categories: category === null ? [] : [category] } })),
  setCsv: (csv) => {
    // A file's words may be in the other language: its messages load while the person finishes choosing.
    if (csv.headerLang && csv.headerLang !== 'ui') void loadCatalogue(csv.headerLang).catch(() => undefined);
    set((s) => {
      const next = { ...s.csv, ...csv };
      try {
        window.localStorage.setItem(CSV_PREF, JSON.stringify(next));
      } catch {
        // a preference only
      }
      return { csv: next };
    });
  },
  setTheme: (theme) => {
    saveThemeChoice(theme);
    set({ theme });
  },
  // A whole number of at least 1: a half-typed or cleared field keeps the last size.
}));

export function useT(): Translate {
  const lang = useUi((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}

/** The theme drawn now: the person's choice, or the system's for Auto. */
export function useTheme(): ResolvedTheme {
  const choice = useUi((s) => s.theme);
  return resolveTheme(choice, useSystemPrefersDark());
}

export function useLocale(): string {
  return localeOf(useUi((s) => s.lang));
}

/** The language a CSV's headers and words are written in. */
export function csvLangFor(uiLang: Lang, prefs: CsvPreferences): Lang {
  return prefs.headerLang === 'ui' ? uiLang : prefs.headerLang;
}

/**
 * Options for a UTF-8 file: comma for English headers, semicolon for Russian ones (as Excel expects there),
 * unless the user chose a delimiter.
 */
export function csvOptionsFor(uiLang: Lang, prefs: CsvPreferences): CsvOptions {
  const lang = csvLangFor(uiLang, prefs);
  return {
    delimiter: prefs.delimiter === 'auto' ? (lang === 'ru' ? ';' : ',') : prefs.delimiter,
    bom: prefs.bom,
  };
}

export interface CsvFormat {
  lang: Lang;
  options: CsvOptions;
  encoding: CsvEncoding;
}

/** Everything the gap report and the cohort CSV follow: header language, delimiter, encoding (BOM in UTF-8 only). */
export function csvFormatFor(uiLang: Lang, prefs: CsvPreferences): CsvFormat {
  const options = csvOptionsFor(uiLang, prefs);
  return {
    lang: csvLangFor(uiLang, prefs),
    options: { ...options, bom: prefs.encoding === 'utf-8' && options.bom },
    encoding: prefs.encoding,
  };
}

export interface NumberFormat {
  /** Up to two decimals, in the UI language's notation (a decimal comma in Russian). */
  num: (n: number) => string;
  /** Exactly `digits` decimals. */
  fixed: (n: number, digits: number) => string;
}

export function useNumberFormat(): NumberFormat {
  const locale = useLocale();
  return useMemo(() => {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
    const fixedFormats = new Map<number, Intl.NumberFormat>();
    return {
      num: (n) => plain.format(n),
      fixed: (n, digits) => {
        let f = fixedFormats.get(digits);
        if (!f)
          fixedFormats.set(
            digits,
            (f = new Intl.NumberFormat(locale, {
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
              useGrouping: false,
            })),
          );
        return f.format(n);
      },
    };
  }, [locale]);
}
