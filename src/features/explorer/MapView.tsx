import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { sameEntity, type DrillStep, type EntityRef } from '../../domain/entities';
import { isAggregate, needsOverview, toAggregateElements, type AggregateStep } from '../../graph/aggregate';
import { toElements, type GraphElements } from '../../graph/elements';
import { Boundary } from '../../components/ui/Boundary';
import { useActivity } from '../../store/activity';
import { useAnalysis } from '../../store/analysis';
import { useT, useTheme, useUi } from '../../store/ui';
import type { GraphCanvasApi } from '../../graph/canvasApi';
import { useImportFlow } from '../../store/importFlow';
import { useWorkspace } from '../../store/workspace';
import { isFiltering, NO_FILTER } from '../../domain/explorerFilter';
import { DrillPath } from './DrillPath';
import { Legend } from './Legend';
import { MapToolbar } from './MapToolbar';
import { SidePanel } from './SidePanel';

// cytoscape and its layout are the heaviest code in the app: loaded only when the map is shown.
const GraphCanvas = lazy(() => import('../../graph/GraphCanvas'));

export function MapView({ loading = false, hidden = false }: { loading?: boolean; hidden?: boolean }) {
  const t = useT();
  const analysis = useAnalysis();
  const activity = useActivity();
  // The analysis may lag the store by a render (it is deferred): draw the workspace it was computed from.
  const workspace = analysis.workspace;
  // One field each (not the whole store): the map, kept behind other tabs, renders only for what it draws.
  // What the map shows is deferred: the control that changed it (a step, a filter, a focus) answers at once, and
  // the new elements and their layout (a 2-step neighbourhood at 20,000 members: 8 ms of layout, then cytoscape's
  // styling) follow in a render React can interrupt, not in the click's task.
  const graphMode = useDeferredValue(useUi((s) => s.graphMode));
  const setGraphMode = useUi((s) => s.setGraphMode);
  const focused = useDeferredValue(useUi((s) => s.focused));
  const drill = useDeferredValue(useUi((s) => s.drill));
  const filter = useDeferredValue(useUi((s) => s.filter));
  const setFilter = useUi((s) => s.setFilter);
  const steps = useDeferredValue(useUi((s) => s.steps));
  const selected = useUi((s) => s.selected);
  const select = useUi((s) => s.select);
  const drillInto = useUi((s) => s.drillInto);
  const [fitRequest, setFitRequest] = useState(0);
  const theme = useTheme();
  // what the drawn map offers (Export PNG); a state setter, so the same function every render
  const [canvas, setCanvas] = useState<GraphCanvasApi | null>(null);
  const findBox = useRef<HTMLInputElement>(null);
  // While an import runs, the map keeps what it drew: redrawing a large graph then would only take the page's
  // time from the import. Once the report is shown the map is redrawn behind it, a chunk per frame, so that
  // closing the report shows the new map at once.
  const importing = useImportFlow((s) => s.importing !== null);
  const lastElements = useRef<GraphElements | null>(null);

  // Too many people or skills to read: the map opens on categories × departments and drills down on a tap.
  const overview = useMemo(() => needsOverview(analysis, graphMode, filter), [analysis, graphMode, filter]);
  const step = useMemo(() => aggregateStep(overview, focused, drill), [overview, focused, drill]);
  // Hidden behind another tab, the map keeps what it drew (a filter set there is drawn when the map is back).
  const frozen = importing || hidden;
  const elements = useMemo(() => {
    if (frozen && lastElements.current) return lastElements.current;
    if (step !== undefined)
      return toAggregateElements(workspace, analysis, { mode: graphMode, filter, step, t, activity });
    return toElements(workspace, analysis, {
      mode: graphMode,
      focus: focused,
      filter,
      steps,
      uncategorisedLabel: t('category.uncategorised'),
      activity,
    });
  }, [frozen, workspace, analysis, activity, graphMode, focused, filter, steps, t, step]);
  const onTap = useCallback(
    (target: DrillStep | null) => {
      if (target?.kind === 'department') drillInto(target);
      else if (target && overview) {
        drillInto(target);
        select(target.kind === 'category' ? null : (target as EntityRef));
      } else select(target as EntityRef | null);
    },
    [overview, drillInto, select],
  );
  useEffect(() => {
    lastElements.current = elements;
  }, [elements]);
  // Between a workspace landing and the deferred render that draws it, the map says it is coming, not "empty".
  const latest = useWorkspace((s) => s.workspace);
  const coming =
    loading ||
    latest.members !== workspace.members ||
    latest.skills !== workspace.skills ||
    latest.links !== workspace.links;
  const shownMembers = elements.nodes.filter((n) => n.data.kind === 'member').length;
  // Filters that leave nobody (on the member map, unfocused) or nothing must say so, not draw a few lone skills.
  const noMatch =
    !coming &&
    isFiltering(filter) &&
    (elements.nodes.length === 0 || (step === undefined && focused === null && shownMembers === 0));
  // A file without a status column has no ambassadors: the ambassadors' map would be skills alone, so say why.
  const noAmbassadors =
    !noMatch &&
    graphMode === 'ambassadors' &&
    step === undefined &&
    workspace.members.length > 0 &&
    !analysis.ambassador.includes(1);
  const noMatchNote = (
    <div className="map-no-match" role="status">
      <p>{t('graph.noMatch')}</p>
      <button type="button" className="button small" onClick={() => setFilter(NO_FILTER)}>
        {t('graph.noMatch.clear')}
      </button>
    </div>
  );

  return (
    <section className="map-view" aria-label={t('tabs.map')} hidden={hidden}>
      <MapToolbar
        onFit={() => setFitRequest((n) => n + 1)}
        findBoxRef={findBox}
        truncated={elements.truncated && step === undefined}
        shown={shownMembers}
        hidden={elements.hiddenMembers}
        thinned={elements.thinnedEdges}
        canvas={canvas}
      />
      {overview && <DrillPath aggregate={isAggregate(elements) ? elements : null} />}
      <div className="map-body">
        <div className="map-canvas">
          {noMatch && noMatchNote}
          {noAmbassadors && (
            <div className="map-no-match" role="status">
              <p>{t('graph.noAmbassadors')}</p>
              <button type="button" className="button small" onClick={() => setGraphMode('everyone')}>
                {t('graph.showEveryone')}
              </button>
            </div>
          )}
          {elements.nodes.length === 0 ? (
            !noMatch && (
              <p className="map-empty">
                {t(loading ? 'app.loading' : coming ? 'graph.loading' : 'graph.empty')}
              </p>
            )
          ) : (
            <Boundary
              resetKey={elements}
              fallback={(error) => (
                <p className="map-empty" role="alert">
                  {t('graph.failed', { reason: error.message })}
                </p>
              )}
            >
              <Suspense fallback={<p className="map-empty">{t('graph.loading')}</p>}>
                <GraphCanvas
                  elements={elements}
                  selected={selected}
                  reach={focused && selected && sameEntity(focused, selected) ? steps : 1}
                  onSelect={onTap}
                  fitRequest={fitRequest}
                  ariaLabel={t('graph.label')}
                  theme={theme}
                  t={t}
                  onReady={setCanvas}
                  paused={importing}
                />
              </Suspense>
            </Boundary>
          )}
          <Legend overview={step !== undefined} />
        </div>
        <SidePanel fallbackFocus={findBox} />
      </div>
    </section>
  );
}

/**
 * The aggregate level to draw, or undefined for the detailed map: at organisation scale with no skill or person
 * focused, the last category or department drilled into (null = the overview).
 */
function aggregateStep(
  overview: boolean,
  focused: EntityRef | null,
  drill: readonly DrillStep[],
): AggregateStep | undefined {
  if (!overview) return undefined;
  if (focused?.kind === 'category') return { kind: 'category', key: focused.key };
  if (focused) return undefined;
  const last = drill.at(-1);
  return last && (last.kind === 'category' || last.kind === 'department')
    ? { kind: last.kind, key: last.key }
    : null;
}
