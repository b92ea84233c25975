import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { DropZone } from '../features/import/DropZone';
import { ImportChoiceDialog } from '../features/import/ImportChoiceDialog';
import { ImportProgressBar } from '../features/import/ImportProgress';
import { MapView } from '../features/explorer/MapView';
import { useT, useUi } from '../store/ui';
import { warmUpImportWorker } from '../store/importClient';
import { useImportFlow } from '../store/importFlow';
import { connectAppTabs } from '../store/sync';
import { deriveAhead } from '../store/ahead';
import { useWorkspace } from '../store/workspace';
import { Boundary } from '../components/ui/Boundary';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { ReloadButton } from './ReloadButton';
import {
  CohortView,
  GapTable,
  HealthView,
  ImportReportDialog,
  importDialogsLoaded,
  MappingDialog,
  MatrixView,
  preloadImportDialogs,
  preloadViews,
  TargetsView,
} from './lazyViews';

export { preloadViews };

import { ProblemBanner } from './ProblemBanner';
import { registerServiceWorker } from './serviceWorker';
import { guardUnload } from './unloadGuard';
import { UpdateBanner } from './UpdateBanner';
import { connectUrl } from './urlSync';
import { followSampleLanguage } from './sampleFollow';

export function App() {
  return (
    <ErrorBoundary>
      <Shell />
    </ErrorBoundary>
  );
}

/**
 * The import dialogs render once their code has arrived, never suspended: a suspended dialog's reveal waits for
 * React's Suspense throttle (300 ms since the last fallback shown), and at the start of a visit, with the map's own
 * code arriving, a small file's report came ~300 ms after its import had finished.
 */
function useImportDialogsLoaded(): boolean {
  const [loaded, setLoaded] = useState(importDialogsLoaded);
  const wanted = useImportFlow((s) => s.importing !== null || s.report !== null || s.mappingStep !== null);
  useEffect(() => {
    if (loaded || !wanted) return;
    let live = true;
    // a failed load resolves too: the dialog then renders lazily and its error boundary says what failed
    void preloadImportDialogs().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [loaded, wanted]);
  return loaded;
}

/**
 * The import's column question and report, once their code has arrived. Code that cannot be fetched (offline after
 * an update, a deployment that replaced it) is said here, not by the app-wide boundary that would replace the page.
 */
function ImportDialogs() {
  return useImportDialogsLoaded() ? (
    <Boundary fallback={() => <ImportDialogsFailed />}>
      <MappingDialogForStep />
      <ImportReportWhenShown />
    </Boundary>
  ) : null;
}

/** While a dialog is wanted: the import window could not be loaded; reload, or dismiss (no answer, no report). */
function ImportDialogsFailed() {
  const t = useT();
  const step = useImportFlow((s) => s.mappingStep !== null);
  const report = useImportFlow((s) => s.report !== null);
  const answerMapping = useImportFlow((s) => s.answerMapping);
  const closeReport = useImportFlow((s) => s.closeReport);
  if (!step && !report) return null;
  const dismiss = () => {
    if (step) answerMapping(null);
    if (report) closeReport();
  };
  return (
    <div className="banner floating-note" role="alert">
      <span>{t('import.dialogsFailed')}</span>
      <ReloadButton label={t('app.reload')} small />
      <button type="button" className="button small" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}

/** In a view's place when it cannot be shown: why, and a reload. */
function ViewFailed({ reason }: { reason: string }) {
  const t = useT();
  return (
    <div className="view-failed" role="alert">
      <p>{t('app.viewFailed', { reason })}</p>
      <ReloadButton label={t('app.reload')} small />
    </div>
  );
}

/** A new mapping step starts from its own proposals, not from the answers given to the previous one. */
function MappingDialogForStep() {
  const step = useImportFlow((s) => s.mappingStep);
  return step ? (
    <Suspense fallback={null}>
      <MappingDialog key={stepKeys.get(step) ?? newStepKey(step)} />
    </Suspense>
  ) : null;
}

/** The report's code loads with the import that needs it (it has usually arrived long before the report). */
function ImportReportWhenShown() {
  const shown = useImportFlow((s) => s.report !== null);
  return shown ? (
    <Suspense fallback={null}>
      <ImportReportDialog />
    </Suspense>
  ) : null;
}

/**
 * "Opening the view…" over the view while the chosen tab's code loads. It is in the page at once and shows after
 * 300 ms through CSS, so a quick switch shows nothing; a timer's state update would be urgent and would throw away
 * the deferred render of a heavy view under way. `aria-busy` on the main region says it to assistive technology.
 */
function OpeningView({ label }: { label: string }) {
  return <p className="loading loading-over">{label}</p>;
}

const stepKeys = new WeakMap<object, number>();
let stepCounter = 0;
function newStepKey(step: object): number {
  stepKeys.set(step, ++stepCounter);
  return stepCounter;
}

function Shell() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  // The tabs answer a click at once; the view that opens follows in a deferred render, which React renders in slices
  // (a view at organisation scale is a long task rendered in one go).
  const chosenTab = useUi((s) => s.tab);
  const tab = useDeferredValue(chosenTab);
  // Once shown, the map stays mounted behind the other tabs: coming back finds it as it was left (its view, its
  // drawing) instead of drawing it again.
  const [mapKept, setMapKept] = useState(tab === 'map');
  if (tab === 'map' && !mapKept) setMapKept(true);
  const phase = useWorkspace((s) => s.phase);
  const init = useWorkspace((s) => s.init);
  const followLanguage = useWorkspace((s) => s.followLanguage);

  useEffect(() => {
    void init(useUi.getState().lang);
    // The import worker loads while the page is idle, so that the first import does not wait for it.
    const warmUp = setTimeout(warmUpImportWorker, 500);
    // The cohort, targets and matrix views follow once the page has settled, so a tab opens without a loading pass.
    const views = setTimeout(() => void preloadViews(), 3000);
    // Offline use is set up once the page has settled (its precache downloads every file once).
    const offline = setTimeout(registerServiceWorker, 5000);
    return () => {
      clearTimeout(warmUp);
      clearTimeout(views);
      clearTimeout(offline);
    };
  }, [init]);

  useEffect(() => connectAppTabs(), []);
  useEffect(() => deriveAhead(), []);
  useEffect(() => connectUrl(), []);
  useEffect(() => followSampleLanguage(), []);
  useEffect(() => guardUnload(), []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    void followLanguage(lang);
  }, [lang, t, followLanguage]);

  return (
    <div className="app">
      <Header />
      <ProblemBanner />
      <UpdateBanner />
      <ImportProgressBar />
      <main className="app-main" aria-busy={chosenTab !== tab}>
        {/* the chosen view's code still loading (its deferred render waits for it, the old view stays meanwhile) */}
        {chosenTab !== tab && <OpeningView label={t('app.loadingView')} />}
        {mapKept && (
          // mounted while the workspace loads, so that when it lands the header paints at once and the map
          // follows in a deferred render of its own (the analysed workspace is deferred), not in one long task
          <MapView loading={phase === 'loading'} hidden={tab !== 'map'} />
        )}
        {tab === 'map' ? null : phase === 'loading' ? (
          <p className="loading">{t('app.loading')}</p>
        ) : (
          // a view that fails (its code could not be fetched, or a fault in it) is said in its place; the header,
          // the other tabs and the workspace stay
          <Boundary resetKey={tab} fallback={(error) => <ViewFailed reason={error.message} />}>
            <Suspense fallback={<p className="loading">{t('app.loadingView')}</p>}>
              {tab === 'gaps' ? (
                <GapTable />
              ) : tab === 'cohort' ? (
                <CohortView />
              ) : tab === 'matrix' ? (
                <MatrixView />
              ) : tab === 'health' ? (
                <HealthView />
              ) : (
                <TargetsView />
              )}
            </Suspense>
          </Boundary>
        )}
      </main>
      <footer className="app-footer muted">{t('app.localOnly')}</footer>
      <ImportChoiceDialog />
      <ImportDialogs />
      <DropZone />
    </div>
  );
}
