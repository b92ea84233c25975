// The analysis of a new workspace, made ahead of the views' render.
import type { Workspace } from '../domain/types';
import { localeOf } from '../i18n/i18n';
import { analysisOf } from './analysis';
import { useUi } from './ui';
import { useWorkspace } from './workspace';

/**
 * Makes a new workspace's analysis in a task of its own, queued as the workspace lands, before the views' deferred
 * render is: that render finds it made. At organisation scale the analysis and the views' render are each a good
 * part of a frame, and together one long task. Returns the disconnect.
 */
export function deriveAhead(): () => void {
  if (typeof MessageChannel === 'undefined') return () => {};
  const channel = new MessageChannel();
  let pending: Workspace | null = null;
  channel.port1.onmessage = () => {
    const workspace = pending;
    pending = null;
    // a workspace replaced meanwhile is not worth the work
    if (workspace && useWorkspace.getState().workspace === workspace)
      analysisOf(workspace, localeOf(useUi.getState().lang));
  };
  const unsubscribe = useWorkspace.subscribe(({ workspace }, previous) => {
    if (workspace === previous.workspace) return;
    if (pending === null) channel.port2.postMessage(null);
    pending = workspace;
  });
  return () => {
    unsubscribe();
    channel.port1.close();
  };
}
