// `npm run bench` drives edits the app has no control for yet (pins, exclusions, target values) through the
// workspace store's one `apply` action, exactly as a control would, and reads what the map drew and when; present
// only on a page opened with `?bench`.
import type { WorkspaceEdit } from '../domain/edits';
import type { Workspace } from '../domain/types';
import { drawnMap, loadCytoscape, type DrawnMap } from '../graph/drawnMap';
import { useWorkspace } from '../store/workspace';

export interface BenchHook {
  apply: (edit: WorkspaceEdit) => void;
  workspace: () => Workspace;
  /** What the map drew last, with its timings (null before the first map). */
  map: () => DrawnMap | null;
  /** cytoscape itself, to draw the same elements bare beside the app's map. */
  cytoscape: typeof loadCytoscape;
}

export function exposeBenchHook(): void {
  if (!new URLSearchParams(window.location.search).has('bench')) return;
  const hook: BenchHook = {
    apply: (edit) => void useWorkspace.getState().apply(edit),
    workspace: () => useWorkspace.getState().workspace,
    map: drawnMap,
    cytoscape: loadCytoscape,
  };
  (window as unknown as { __expertiseMap: BenchHook }).__expertiseMap = hook;
}
