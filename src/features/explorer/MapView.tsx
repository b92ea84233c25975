import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { toElements, type GraphElements } from '../../graph/elements';
import { Boundary } from '../../components/ui/Boundary';
import { useAnalysis } from '../../store/analysis';
import { useT, useTheme, useUi } from '../../store/ui';
import type { GraphCanvasApi } from '../../graph/canvasApi';
import { useImportFlow } from '../../store/importFlow';
import { Legend } from './Legend';
import { MapToolbar } from './MapToolbar';
import { SidePanel } from './SidePanel';

// cytoscape and its layout are the heaviest code in the app: loaded only when the map is shown.
const GraphCanvas = lazy(() => import('../../graph/GraphCanvas'));

export function MapView() {
  const t = useT();
  const analysis = useAnalysis();
  // The analysis may lag the store by a render (it is deferred): draw the workspace it was computed from.
  const workspace = analysis.workspace;
  const { graphMode, focused, filter, steps, selected, select } = useUi();
  const [fitRequest, setFitRequest] = useState(0);
  const theme = useTheme();
  // what the drawn map offers (Export PNG); a state setter, so the same function every render
  const [canvas, setCanvas] = useState<GraphCanvasApi | null>(null);
  const findBox = useRef<HTMLInputElement>(null);
  // While an import runs or its report covers the page, the map keeps what it drew: redrawing a large
  // graph there would only take the page's time from the import and the report.
  const covered = useImportFlow((s) => s.importing !== null || s.report !== null);
  const lastElements = useRef<GraphElements | null>(null);

  const elements = useMemo(() => {
    if (covered && lastElements.current) return lastElements.current;
    return toElements(workspace, analysis, {
      mode: graphMode,
      focus: focused,
      filter,
      steps,
      uncategorisedLabel: t('category.uncategorised'),
    });
  }, [covered, workspace, analysis, graphMode, focused, filter, steps, t]);
  useEffect(() => {
    lastElements.current = elements;
  }, [elements]);

  return (
    <section className="map-view" aria-label={t('tabs.map')}>
      <MapToolbar
        onFit={() => setFitRequest((n) => n + 1)}
        findBoxRef={findBox}
        truncated={elements.truncated}
        shown={elements.nodes.filter((n) => n.data.kind === 'member').length}
        hidden={elements.hiddenMembers}
        thinned={elements.thinnedEdges}
        canvas={canvas}
      />
      <div className="map-body">
        <div className="map-canvas">
          {elements.nodes.length === 0 ? (
            <p className="map-empty">{t('graph.empty')}</p>
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
                  onSelect={select}
                  fitRequest={fitRequest}
                  ariaLabel={t('graph.label')}
                  theme={theme}
                  t={t}
                  onReady={setCanvas}
                />
              </Suspense>
            </Boundary>
          )}
          <Legend />
        </div>
        <SidePanel fallbackFocus={findBox} />
      </div>
    </section>
  );
}
