// Analysis is derived from the workspace, never stored: one memoised computation shared by all views.
import { useDeferredValue } from 'react';
import { analyse, type Analysis } from '../domain/analysis';
import type { Workspace } from '../domain/types';
import { useWorkspace } from './workspace';
import { useLocale } from './ui';

// Per workspace and language: a deferred render may ask for the old and the new workspace in turn.
const cache = new WeakMap<Workspace, Map<string, Analysis>>();

export function analysisOf(workspace: Workspace, locale: string): Analysis {
  let byLocale = cache.get(workspace);
  if (!byLocale) cache.set(workspace, (byLocale = new Map()));
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const start = performance.now();
  const analysis = analyse(workspace, { locale });
  // User Timing entry read by `npm run bench` (and visible in the browser's performance panel).
  performance.measure?.('expertise-map:analysis', { start, end: performance.now() });
  byLocale.set(locale, analysis);
  return analysis;
}

export function useAnalysis(): Analysis {
  // Deferred: after an import the report and the header update at once; the views that need the analysis
  // follow in a render React may interrupt, so that no single task blocks the page.
  const workspace = useDeferredValue(useWorkspace((s) => s.workspace));
  const locale = useLocale();
  return analysisOf(workspace, locale);
}
