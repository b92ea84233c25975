// The view in the page address (docs/contract.md#url): language, tab, focus, map mode and filters, so that a view
// reloads and can be shared. Pure functions over the query string; src/app/urlSync.ts does the reading and writing.
//
// Entities appear only as a short code of their internal key, never the key itself: a member's key is their id or
// their name, which must not travel in a link, a browser history or a web server's log. The code is the same on
// every copy of the same workspace, so a shared link finds the same entity there, and nothing without one.
import type { DrillKind, DrillStep, EntityKind, EntityRef } from '../domain/entities';
import { MEMBER_STATUSES, NO_FILTER, type ExplorerFilter } from '../domain/explorerFilter';
import type { MemberStatus, Workspace } from '../domain/types';
import { isLang, type Lang } from '../i18n/i18n';

export const VIEW_TABS = ['map', 'gaps', 'cohort', 'targets', 'matrix', 'health'] as const;
export type ViewTab = (typeof VIEW_TABS)[number];

/** The parts of the Club health view; 'activity' is the default and is not written. */
export const HEALTH_SECTIONS = ['activity', 'roles', 'grow', 'intakes'] as const;
export type HealthSection = (typeof HEALTH_SECTIONS)[number];

/** Who the map draws; 'ambassadors' is the default and is not written. */
export const GRAPH_MODES = ['ambassadors', 'everyone'] as const;
export type GraphModeChoice = (typeof GRAPH_MODES)[number];
/** How far a focus reaches on the map: 1 (the default, not written) or 2 steps. */
export type FocusSteps = 1 | 2;

const ENTITY_KINDS: readonly EntityKind[] = ['skill', 'member', 'category'];
/** A code as `entityCode` writes it: base 36 of a 53-bit number. */
const CODE = /^[0-9a-z]{1,11}$/;

/** An entity as the URL names it: its kind and the code of its key. */
export interface UrlRef {
  kind: EntityKind;
  code: string;
}

/** A drill-down step as the URL names it: its kind and the code of its key (a department's: of its name). */
export interface UrlStep {
  kind: DrillKind;
  code: string;
}

/** How a step's kind is written: a department as `dept`, like the filter's parameter. */
const STEP_WORDS: readonly [DrillKind, string][] = [
  ['category', 'category'],
  ['department', 'dept'],
  ['skill', 'skill'],
  ['member', 'member'],
];

/** What the URL says; null where it says nothing usable (the app's own default or preference applies). */
export interface UrlView {
  lang: Lang | null;
  view: ViewTab | null;
  /** Which part of the Club health view is open. */
  section: HealthSection;
  focus: UrlRef | null;
  mode: GraphModeChoice;
  steps: FocusSteps;
  /** The map's drill-down steps before the focus (`drill=category-…,dept-…,skill-…`); [] = the overview. */
  drill: UrlStep[];
  /** The filter, with departments, locations and categories as codes of their names. */
  filter: UrlFilter;
}

/** The explorer filter as the URL holds it: names only as codes ('' = uncategorised has a code too). */
export interface UrlFilter {
  departments: string[];
  locations: string[];
  categories: string[];
  statuses: MemberStatus[];
  minLevel: number;
  onlyGaps: boolean;
  onlySingleHolders: boolean;
}

export const NO_URL_FILTER: Readonly<UrlFilter> = Object.freeze(urlFilterOf(NO_FILTER));

export const PARAM = {
  lang: 'lang',
  view: 'view',
  section: 'section',
  focus: 'focus',
  mode: 'mode',
  steps: 'steps',
  drill: 'drill',
  category: 'category',
  department: 'dept',
  location: 'loc',
  status: 'status',
  minLevel: 'level',
  only: 'only',
} as const;

/**
 * A stable short code of an entity key (cyrb53, a 53-bit string hash, in base 36). Not a secret: it keeps
 * names and ids out of the address; anyone holding the workspace can match it, as intended.
 */
export function entityCode(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function urlRefOf(entity: EntityRef): UrlRef {
  return { kind: entity.kind, code: entityCode(entity.key) };
}

function parseRef(text: string | null): UrlRef | null {
  const dash = text === null ? -1 : text.indexOf('-');
  if (text === null || dash < 0) return null;
  const kind = ENTITY_KINDS.find((k) => k === text.slice(0, dash));
  const code = text.slice(dash + 1);
  return kind && CODE.test(code) ? { kind, code } : null;
}

export function urlStepOf(step: DrillStep): UrlStep {
  return { kind: step.kind, code: entityCode(step.key) };
}

function parseSteps(text: string | null): UrlStep[] {
  if (!text) return [];
  const steps: UrlStep[] = [];
  for (const part of text.split(',')) {
    const dash = part.indexOf('-');
    const kind = STEP_WORDS.find(([, word]) => word === part.slice(0, dash))?.[0];
    const code = part.slice(dash + 1);
    if (dash > 0 && kind && CODE.test(code)) steps.push({ kind, code });
  }
  return steps;
}

function writeSteps(steps: readonly UrlStep[]): string | null {
  if (steps.length === 0) return null;
  return steps.map((s) => `${STEP_WORDS.find(([kind]) => kind === s.kind)![1]}-${s.code}`).join(',');
}

/** The steps a URL names in this workspace; the path ends before the first one it does not hold. */
export function findSteps(workspace: Workspace, steps: readonly UrlStep[]): DrillStep[] {
  const found: DrillStep[] = [];
  for (const step of steps) {
    let hit: DrillStep | null;
    if (step.kind === 'department') {
      const name = workspace.members.find((m) => entityCode(m.department) === step.code)?.department;
      hit = name === undefined ? null : { kind: 'department', key: name };
    } else hit = findEntity(workspace, { kind: step.kind, code: step.code });
    if (!hit) break;
    found.push(hit);
  }
  return found;
}

/** Reads a query string (`?lang=ru&view=gaps…`); anything unknown or malformed reads as "not said". */
export function parseUrlView(search: string): UrlView {
  const params = new URLSearchParams(search);
  const lang = params.get(PARAM.lang);
  const view = VIEW_TABS.find((v) => v === params.get(PARAM.view)) ?? null;
  return {
    lang: isLang(lang) ? lang : null,
    view,
    section:
      (view === 'health' && HEALTH_SECTIONS.find((s) => s === params.get(PARAM.section))) || 'activity',
    focus: parseRef(params.get(PARAM.focus)),
    mode: params.get(PARAM.mode) === 'everyone' ? 'everyone' : 'ambassadors',
    steps: params.get(PARAM.steps) === '2' ? 2 : 1,
    drill: parseSteps(params.get(PARAM.drill)),
    filter: parseFilter(params),
  };
}

/** A comma-separated list of codes; malformed ones are dropped. */
function codes(params: URLSearchParams, name: string): string[] {
  const text = params.get(name);
  return text ? [...new Set(text.split(',').filter((code) => CODE.test(code)))] : [];
}

function parseFilter(params: URLSearchParams): UrlFilter {
  const statuses = (params.get(PARAM.status) ?? '').split(',');
  const only = (params.get(PARAM.only) ?? '').split(',');
  const level = Number(params.get(PARAM.minLevel));
  return {
    departments: codes(params, PARAM.department),
    locations: codes(params, PARAM.location),
    categories: codes(params, PARAM.category),
    statuses: MEMBER_STATUSES.filter((s) => statuses.includes(s)),
    minLevel: Number.isInteger(level) && level >= 1 && level <= 5 ? level : 1,
    onlyGaps: only.includes('gaps'),
    onlySingleHolders: only.includes('single'),
  };
}

/** The query string for `view`, keeping every parameter of `search` that is not the view's (e.g. `bench`). */
export function writeUrlView(search: string, view: UrlView): string {
  const params = new URLSearchParams(search);
  const put = (name: string, value: string | null) =>
    value === null ? params.delete(name) : params.set(name, value);
  put(PARAM.lang, view.lang);
  put(PARAM.view, view.view);
  put(PARAM.section, view.view === 'health' && view.section !== 'activity' ? view.section : null);
  put(PARAM.focus, view.focus && `${view.focus.kind}-${view.focus.code}`);
  put(PARAM.mode, view.mode === 'ambassadors' ? null : view.mode);
  put(PARAM.steps, view.steps === 1 ? null : String(view.steps));
  put(PARAM.drill, writeSteps(view.drill));
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(',') : null);
  const { filter } = view;
  put(PARAM.department, list(filter.departments));
  put(PARAM.location, list(filter.locations));
  put(PARAM.category, list(filter.categories));
  put(PARAM.status, list(filter.statuses));
  put(PARAM.minLevel, filter.minLevel > 1 ? String(filter.minLevel) : null);
  const only = [filter.onlyGaps ? 'gaps' : '', filter.onlySingleHolders ? 'single' : ''].filter(Boolean);
  put(PARAM.only, list(only));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The entity a URL reference names in this workspace, or null when none has that code (the link is ignored). */
export function findEntity(workspace: Workspace, ref: UrlRef): EntityRef | null {
  if (ref.kind === 'category') {
    const name = findCategory(workspace, ref.code);
    return name === null ? null : { kind: 'category', key: name };
  }
  const list = ref.kind === 'skill' ? workspace.skills : workspace.members;
  const found = list.find((entity) => entityCode(entity.key) === ref.code);
  return found ? { kind: ref.kind, key: found.key } : null;
}

/** The category name with this code among the workspace's skills, or null. */
export function findCategory(workspace: Workspace, code: string): string | null {
  const seen = new Set<string>();
  for (const skill of workspace.skills) {
    if (seen.has(skill.category)) continue;
    seen.add(skill.category);
    if (entityCode(skill.category) === code) return skill.category;
  }
  return null;
}

/** The filter as the URL writes it. */
export function urlFilterOf(filter: ExplorerFilter): UrlFilter {
  return {
    departments: filter.departments.map(entityCode),
    locations: filter.locations.map(entityCode),
    categories: filter.categories.map(entityCode),
    statuses: [...filter.statuses],
    minLevel: filter.minLevel,
    onlyGaps: filter.onlyGaps,
    onlySingleHolders: filter.onlySingleHolders,
  };
}

/** The URL's filter in this workspace: a code that names no department, location or category here is dropped. */
export function resolveFilter(workspace: Workspace, filter: UrlFilter): ExplorerFilter {
  const byCode = (values: Iterable<string>, wanted: string[]) => {
    if (wanted.length === 0) return [];
    const found = new Map<string, string>();
    for (const value of values) {
      const code = entityCode(value);
      if (wanted.includes(code) && !found.has(code)) found.set(code, value);
    }
    return wanted.flatMap((code) => (found.has(code) ? [found.get(code)!] : []));
  };
  return {
    ...NO_FILTER,
    departments: byCode(
      workspace.members.map((m) => m.department),
      filter.departments,
    ),
    locations: byCode(
      workspace.members.map((m) => m.location),
      filter.locations,
    ),
    categories: byCode(
      workspace.skills.map((s) => s.category),
      filter.categories,
    ),
    statuses: filter.statuses,
    minLevel: filter.minLevel,
    onlyGaps: filter.onlyGaps,
    onlySingleHolders: filter.onlySingleHolders,
  };
}
