// Views and dialogs loaded when first opened, so that the first load carries the map only. Each can be loaded ahead (`preloadViews`, when the page is idle): then it shows at once, without a loading pass.
import { lazy, type ComponentType } from 'react';
import { CsvExportButton } from '../features/export/csvDownload';

interface LazyView {
  (): React.JSX.Element;
  preload: () => Promise<void>;
  /** Its code has arrived: it renders at once, without suspending. */
  loaded: () => boolean;
}

function lazyView<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyView {
  let loaded: ComponentType | null = null;
  const remember = (module: M) => (loaded = pick(module));
  const Lazy = lazy(() => load().then((module) => ({ default: remember(module) })));
  const View = () => {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  };
  View.preload = () => load().then((module) => void remember(module));
  View.loaded = () => loaded !== null;
  return View;
}

export const CohortView = lazyView(
  () => import('../features/cohort/CohortView'),
  (m) => m.CohortView,
);
export const TargetsView = lazyView(
  () => import('../features/targets/TargetsView'),
  (m) => m.TargetsView,
);
export const GapTable = lazyView(
  () => import('../features/gaps/GapTable'),
  (m) => m.GapTable,
);
export const MappingDialog = lazyView(
  () => import('../features/import/MappingDialog'),
  (m) => m.MappingDialog,
);
export const ImportReportDialog = lazyView(
  () => import('../features/import/ImportReportDialog'),
  (m) => m.ImportReportDialog,
);

// The matrix draws the export feature's CSV button (features do not import each other: the app composes them).
export const MatrixView = lazyView(
  () => import('../features/matrix/MatrixView'),
  (m) =>
    function Matrix() {
      return <m.MatrixView ExportButton={CsvExportButton} />;
    },
);

// Club health draws the export feature's CSV button too.
export const HealthView = lazyView(
  () => import('../features/health/HealthView'),
  (m) =>
    function Health() {
      return <m.HealthView ExportButton={CsvExportButton} />;
    },
);

/** Both import dialogs' code has arrived. */
export function importDialogsLoaded(): boolean {
  return MappingDialog.loaded() && ImportReportDialog.loaded();
}

/** What an import shows next (its column question, its report): loaded as soon as an import starts. */
export function preloadImportDialogs(): Promise<void> {
  return Promise.all([MappingDialog.preload(), ImportReportDialog.preload()]).then(
    () => undefined,
    () => undefined,
  );
}

/** Loads every lazy view; a failure is left to the view's own load when it is opened, which says so in its place. */
export function preloadViews(): Promise<void> {
  return Promise.all([
    GapTable.preload(),
    CohortView.preload(),
    TargetsView.preload(),
    MatrixView.preload(),
    HealthView.preload(),
    preloadImportDialogs(),
  ]).then(
    () => undefined,
    () => undefined,
  );
}
