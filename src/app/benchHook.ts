// `npm run bench` drives edits the app has no control for yet (pins, exclusions, target values) through the
// workspace store's one `apply` action, exactly as a control would; present only on a page opened with `?bench`.
import type { WorkspaceEdit } from '../domain/edits';
import type { Workspace } from '../domain/types';
import { useWorkspace } from '../store/workspace';

export interface BenchHook {
  apply: (edit: WorkspaceEdit) => void;
  workspace: () => Workspace;
}

export function exposeBenchHook(): void {
  if (!new URLSearchParams(window.location.search).has('bench')) return;
  const hook: BenchHook = {
    apply: (edit) => void useWorkspace.getState().apply(edit),
    workspace: () => useWorkspace.getState().workspace,
  };
  (window as unknown as { __expertiseMap: BenchHook }).__expertiseMap = hook;
}
