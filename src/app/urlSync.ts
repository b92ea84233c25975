// Keeps the page address in step with the view (docs/contract.md#url). A change of tab is a new history entry,
// so Back returns to the previous view; language, focus, map mode, steps and filters replace the current one, so that Back
// does not walk through every click. Back and Forward (popstate) bring the view of that entry back.
import { sameEntity, type EntityRef } from '../domain/entities';
import type { Workspace } from '../domain/types';
import { useUi } from '../store/ui';
import {
  findEntity,
  findSteps,
  parseUrlView,
  resolveFilter,
  urlFilterOf,
  urlRefOf,
  urlStepOf,
  writeUrlView,
  type UrlView,
} from '../store/urlState';
import { useWorkspace } from '../store/workspace';

/** Starts following the store and the history; returns the function that stops it. */
export function connectUrl(): () => void {
  // Focus and filters name entities, so they wait for the workspace; until then the URL keeps them as they came.
  let pending: UrlView | null = parseUrlView(window.location.search);
  // Set while the store is being changed from the URL, so that the change is not written back as a new entry.
  let applying = false;
  let stopped = false;

  const urlView = (): UrlView => {
    const { lang, tab, healthSection, focused, drill, filter, graphMode, steps } = useUi.getState();
    return {
      lang,
      view: tab,
      section: healthSection,
      focus: pending ? pending.focus : focused && urlRefOf(focused),
      mode: graphMode,
      steps,
      drill: pending ? pending.drill : drill.map(urlStepOf),
      filter: pending ? pending.filter : urlFilterOf(filter),
    };
  };

  const write = (how: 'push' | 'replace') => {
    const search = writeUrlView(window.location.search, urlView());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  /** Focus and filter from the URL, once the workspace is there; a reference it does not hold is dropped. */
  const resolve = () => {
    if (stopped || !pending || useWorkspace.getState().phase !== 'ready') return;
    const { focus, drill, filter } = pending;
    pending = null;
    applyView(useWorkspace.getState().workspace, { focus, drill, filter });
    // A shared or reloaded link to a skill or person opens its side panel too, as the find box does.
    const { focused, selected, select } = useUi.getState();
    if (focused && focused.kind !== 'category' && selected === null) select(focused);
    write('replace');
  };

  const applyView = (workspace: Workspace, view: Pick<UrlView, 'focus' | 'drill' | 'filter'>) => {
    const focused: EntityRef | null = view.focus && findEntity(workspace, view.focus);
    const drill = findSteps(workspace, view.drill);
    const filter = resolveFilter(workspace, view.filter);
    applying = true;
    try {
      const state = useUi.getState();
      if (!sameEntity(state.focused, focused) || JSON.stringify(state.drill) !== JSON.stringify(drill))
        state.showPath(drill, focused);
      if (JSON.stringify(state.filter) !== JSON.stringify(filter)) state.setFilter(filter);
    } finally {
      applying = false;
    }
  };

  const stopUi = useUi.subscribe((state, before) => {
    if (applying) return;
    if (state.tab !== before.tab || state.healthSection !== before.healthSection) write('push');
    else if (
      state.lang !== before.lang ||
      state.focused !== before.focused ||
      state.filter !== before.filter ||
      state.graphMode !== before.graphMode ||
      state.steps !== before.steps ||
      state.drill !== before.drill
    )
      write('replace');
  });

  // The sample is put in place just after the phase turns ready (src/store/workspace.ts `init`): resolve after it.
  const stopWorkspace = useWorkspace.subscribe((state, before) => {
    if (state.phase === 'ready' && before.phase !== 'ready') queueMicrotask(resolve);
  });
  resolve();

  const onPopState = () => {
    const view = parseUrlView(window.location.search);
    applying = true;
    try {
      const state = useUi.getState();
      if (view.lang && view.lang !== state.lang) state.setLang(view.lang);
      if ((view.view ?? 'map') !== state.tab) state.setTab(view.view ?? 'map');
      if (view.section !== state.healthSection) state.setHealthSection(view.section);
      if (view.mode !== state.graphMode) state.setGraphMode(view.mode);
      if (view.steps !== state.steps) state.setSteps(view.steps);
    } finally {
      applying = false;
    }
    if (useWorkspace.getState().phase === 'ready') applyView(useWorkspace.getState().workspace, view);
    else pending = view;
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    stopped = true;
    stopUi();
    stopWorkspace();
    window.removeEventListener('popstate', onPopState);
  };
}
