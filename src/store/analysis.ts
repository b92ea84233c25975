// Analysis is derived from the workspace, never stored: one memoised computation shared by all views.
import { useDeferredValue } from 'react';
import { analyse, type Analysis } from '../domain/analysis';
import type { Workspace } from '../domain/types';
import { useWorkspace } from './workspace';
import { useLocale } from './ui';

/** An analysis and what it was made from: the parts of a workspace `analyse` reads, and the language. */
interface Analysed {
  members: Workspace['members'];
  skills: Workspace['skills'];
  leaving: Workspace['plan']['leaving'];
  locale: string;
  analysis: Analysis;
}

// By link table, the last few analyses made with it. An edit of the plan's settings, pins or exclusions makes a
// new workspace with the same members, skills, links and leavers: the analysis does not read the rest, so it is
// reused (at 20,000 members that spares every replan the analysis and everything cached per analysis).
const cache = new WeakMap<Workspace['links'], Analysed[]>();
/** Enough for a deferred render asking for the old and the new workspace in turn, in two languages. */
const KEPT = 4;

export function analysisOf(workspace: Workspace, locale: string): Analysis {
  const { members, skills, links, plan } = workspace;
  let kept = cache.get(links);
  if (!kept) cache.set(links, (kept = []));
  const hit = kept.find(
    (a) => a.members === members && a.skills === skills && a.leaving === plan.leaving && a.locale === locale,
  );
  if (hit) return hit.analysis;
  const start = performance.now();
  const analysis = analyse(workspace, { locale });
  // User Timing entry read by `npm run bench` (and visible in the browser's performance panel).
  performance.measure?.('expertise-map:analysis', { start, end: performance.now() });
  kept.unshift({ members, skills, leaving: plan.leaving, locale, analysis });
  kept.length = Math.min(kept.length, KEPT);
  return analysis;
}

/**
 * The workspace the views show: deferred, so that after an import the report and the header update at once and
 * the views that need the analysis follow in a render React may interrupt (no single task blocks the page).
 */
export function useAnalysedWorkspace(): Workspace {
  return useDeferredValue(useWorkspace((s) => s.workspace));
}

/**
 * The analysis of `useAnalysedWorkspace()`. Its `workspace` has the same members, skills, links and leavers, but
 * may be an earlier one with another plan (settings, pins, exclusions): read those from `useAnalysedWorkspace()`.
 */
export function useAnalysis(): Analysis {
  return analysisOf(useAnalysedWorkspace(), useLocale());
}
