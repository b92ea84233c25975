// The untouched sample follows the interface language (a new copy in the other language replaces it): the map's
// filter and drill-down path follow it too, so a category chosen in Russian is the same category in English
// instead of a name the new copy does not hold (which would leave an empty map).
import { carryFilter, NO_FILTER } from '../domain/explorerFilter';
import type { DrillStep } from '../domain/entities';
import type { Workspace } from '../domain/types';
import { useUi } from '../store/ui';
import { useWorkspace } from '../store/workspace';

/** A category or department step found again by the skills or people that carry it; the path ends at a lost one. */
function carrySteps(steps: readonly DrillStep[], from: Workspace, to: Workspace): DrillStep[] {
  const carried: DrillStep[] = [];
  for (const step of steps) {
    let key: string | undefined = step.key;
    if (step.kind === 'category')
      key = carryFilter({ ...NO_FILTER, categories: [step.key] }, from, to).categories[0];
    else if (step.kind === 'department')
      key = carryFilter({ ...NO_FILTER, departments: [step.key] }, from, to).departments[0];
    if (key === undefined) break;
    carried.push({ kind: step.kind, key });
  }
  return carried;
}

/** Starts following sample swaps; returns the function that stops it. */
export function followSampleLanguage(): () => void {
  return useWorkspace.subscribe((state, before) => {
    const swapped =
      before.meta.untouchedSample &&
      state.meta.untouchedSample &&
      before.meta.sampleLang !== state.meta.sampleLang &&
      before.workspace !== state.workspace;
    if (!swapped) return;
    const ui = useUi.getState();
    ui.setFilter(carryFilter(ui.filter, before.workspace, state.workspace));
    if (ui.drill.length > 0) ui.showPath(carrySteps(ui.drill, before.workspace, state.workspace), ui.focused);
  });
}
