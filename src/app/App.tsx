import { useEffect } from 'react';
import { DropZone } from '../features/import/DropZone';
import { ImportChoiceDialog } from '../features/import/ImportChoiceDialog';
import { MappingDialog } from '../features/import/MappingDialog';
import { ImportProgressBar } from '../features/import/ImportProgress';
import { ImportReportDialog } from '../features/import/ImportReportDialog';
import { MapView } from '../features/explorer/MapView';
import { GapTable } from '../features/gaps/GapTable';
import { useT, useUi } from '../store/ui';
import { useWorkspace } from '../store/workspace';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { ProblemBanner } from './ProblemBanner';

export function App() {
  return (
    <ErrorBoundary>
      <Shell />
    </ErrorBoundary>
  );
}

function Shell() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const tab = useUi((s) => s.tab);
  const phase = useWorkspace((s) => s.phase);
  const init = useWorkspace((s) => s.init);
  const followLanguage = useWorkspace((s) => s.followLanguage);

  useEffect(() => {
    void init(useUi.getState().lang);
  }, [init]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    void followLanguage(lang);
  }, [lang, t, followLanguage]);

  return (
    <div className="app">
      <Header />
      <ProblemBanner />
      <ImportProgressBar />
      <main className="app-main">
        {phase === 'loading' ? <p className="loading">{t('app.loading')}</p> : tab === 'map' ? <MapView /> : <GapTable />}
      </main>
      <footer className="app-footer muted">{t('app.localOnly')}</footer>
      <ImportChoiceDialog />
      <MappingDialog />
      <ImportReportDialog />
      <DropZone />
    </div>
  );
}
