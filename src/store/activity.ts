// The activity model is derived like the analysis: computed once per analysis and thresholds, shared by the Club
// health section, the map's marks and the side panel (none of them judges anyone again).
import { activityModel, type ActivityModel } from '../domain/activity';
import type { Analysis } from '../domain/analysis';
import type { ActivityThresholds, Workspace } from '../domain/types';
import { useAnalysedWorkspace, useAnalysis } from './analysis';

const cache = new WeakMap<Analysis, ActivityModel[]>();
/** A few thresholds per analysis: editing them back and forth reuses the models. */
const KEPT = 4;

const sameThresholds = (a: ActivityThresholds, b: ActivityThresholds) =>
  a.overloadedFrom === b.overloadedFrom && a.quietBelow === b.quietBelow && a.thrivingFrom === b.thrivingFrom;

export function activityOf(analysis: Analysis, thresholds: ActivityThresholds): ActivityModel {
  let kept = cache.get(analysis);
  if (!kept) cache.set(analysis, (kept = []));
  const hit = kept.find((m) => sameThresholds(m.thresholds, thresholds));
  if (hit) return hit;
  const model = activityModel(analysis, thresholds);
  kept.unshift(model);
  kept.length = Math.min(kept.length, KEPT);
  return model;
}

/** The thresholds the workspace's plan sets (the defaults unless edited). */
export function thresholdsOf(workspace: Workspace): ActivityThresholds {
  return workspace.plan.activityThresholds;
}

/**
 * The activity model of `useAnalysis()` under the thresholds of the analysed workspace (a thresholds edit keeps
 * the analysis, so only the states are made again).
 */
export function useActivity(): ActivityModel {
  const workspace = useAnalysedWorkspace();
  return activityOf(useAnalysis(), thresholdsOf(workspace));
}
