import { useMemo } from 'react';
import { linkCount } from '../domain/types';
import { ambassadorCount } from '../domain/membership';
import type { Lang } from '../i18n/i18n';
import { ImportButton } from '../features/import/ImportButton';
import { ExportGapButton } from '../features/export/ExportGapButton';
import { ExportCohortButton } from '../features/export/ExportCohortButton';
import { ExportWorkspaceButton } from '../features/export/ExportWorkspaceButton';
import { ExportPseudonymisedButton } from '../features/export/ExportPseudonymisedButton';
import { CsvSettings } from '../features/export/CsvSettings';
import { HistoryButton } from '../features/history/HistoryButton';
import { ThemeSelect } from './ThemeSelect';
import { useT, useUi, type ViewTab } from '../store/ui';
import { useShallow } from 'zustand/react/shallow';
import { useWorkspace } from '../store/workspace';

const TABS: ViewTab[] = ['map', 'gaps', 'matrix', 'cohort', 'targets', 'health'];
const TAB_NAMES = {
  map: 'tabs.map',
  gaps: 'tabs.gaps',
  cohort: 'tabs.cohort',
  targets: 'tabs.targets',
  matrix: 'tabs.matrix',
  health: 'tabs.health',
} as const;
const LANGS: Lang[] = ['ru', 'en'];

export function Header() {
  const t = useT();
  const { lang, setLang, tab, setTab } = useUi(
    useShallow((s) => ({ lang: s.lang, setLang: s.setLang, tab: s.tab, setTab: s.setTab })),
  );
  const workspace = useWorkspace((s) => s.workspace);
  const meta = useWorkspace((s) => s.meta);
  // Counted once per workspace, not on every click that re-renders the header (a million links is a full pass).
  const totals = useMemo(
    () => ({ ambassadors: ambassadorCount(workspace), links: linkCount(workspace) }),
    [workspace],
  );
  return (
    <header className="app-header">
      <div className="brand">
        <div className="brand-title">
          <h1>{t('app.title')}</h1>
          {meta.untouchedSample && <span className="badge sample">{t('app.sampleBadge')}</span>}
        </div>
        <p className="workspace-totals">
          {t('totals.members', { count: workspace.members.length })} ·{' '}
          {t('totals.ambassadors', { count: totals.ambassadors })} ·{' '}
          {t('totals.skills', { count: workspace.skills.length })} ·{' '}
          {t('totals.links', { count: totals.links })}
        </p>
      </div>
      <nav className="tabs" aria-label={t('tabs.label')}>
        {TABS.map((id) => (
          <button key={id} type="button" aria-pressed={tab === id} onClick={() => setTab(id)}>
            {t(TAB_NAMES[id])}
          </button>
        ))}
      </nav>
      <div className="header-actions">
        <ImportButton />
        <ExportGapButton />
        <ExportCohortButton />
        <ExportWorkspaceButton />
        <ExportPseudonymisedButton />
        <HistoryButton />
        <CsvSettings />
        <ThemeSelect />
        <div className="segmented" role="group" aria-label={t('app.language')}>
          {LANGS.map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
