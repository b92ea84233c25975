import { lazy, Suspense, useMemo, useState } from 'react';
import { toElements } from '../../graph/elements';
import { useAnalysis } from '../../store/analysis';
import { useT, useUi } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import { Legend } from './Legend';
import { MapToolbar } from './MapToolbar';
import { SidePanel } from './SidePanel';

// cytoscape and its layout are the heaviest code in the app: loaded only when the map is shown.
const GraphCanvas = lazy(() => import('../../graph/GraphCanvas'));

export function MapView() {
  const t = useT();
  const workspace = useWorkspace((s) => s.workspace);
  const analysis = useAnalysis();
  const { graphMode, focusId, category, selectedId, select } = useUi();
  const [fitRequest, setFitRequest] = useState(0);

  const elements = useMemo(
    () =>
      toElements(workspace, analysis, {
        mode: graphMode,
        focusKey: focusId,
        categories: category === null ? null : new Set([category]),
        uncategorisedLabel: t('category.uncategorised'),
      }),
    [workspace, analysis, graphMode, focusId, category, t],
  );

  return (
    <section className="map-view" aria-label={t('tabs.map')}>
      <MapToolbar
        onFit={() => setFitRequest((n) => n + 1)}
        truncated={elements.truncated}
        shown={elements.nodes.filter((n) => n.data.kind === 'member').length}
        hidden={elements.hiddenMembers}
        thinned={elements.thinnedEdges}
      />
      <div className="map-body">
        <div className="map-canvas">
          {elements.nodes.length === 0 ? (
            <p className="map-empty">{t('graph.empty')}</p>
          ) : (
            <Suspense fallback={<p className="map-empty">{t('graph.loading')}</p>}>
              <GraphCanvas
                elements={elements}
                selectedId={selectedId}
                onSelect={select}
                fitRequest={fitRequest}
                ariaLabel={t('graph.label')}
              />
            </Suspense>
          )}
          <Legend />
        </div>
        <SidePanel />
      </div>
    </section>
  );
}
