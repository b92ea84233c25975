// The Matrix tab (docs/contract.md#matrix-view): members × skills, or skill × skill, under the explorer filter and
// the Ambassadors/Everyone mode the map uses. The export button comes from the app (features do not import each
// other), drawn with the file this view builds.
import { useMemo, useState, type ComponentType } from 'react';
import { matrixModel, type MatrixSortKey } from '../../domain/matrix';
import { MATRIX_CSV_WORDS, matrixTable } from '../../io/matrixCsv';
import { useAnalysis } from '../../store/analysis';
import { ModeSwitch } from '../../components/ModeSwitch';
import { useLocale, useT, useUi } from '../../store/ui';
import { useShallow } from 'zustand/react/shallow';
import type { ExportButtonProps } from '../../components/exportSlot';
import { resolveSort, toggledSort, useMatrixSort } from './matrixSort';
import { MemberSkillGrid } from './MemberSkillGrid';
import { SkillPairsTable } from './SkillPairsTable';

type Part = 'members' | 'pairs';

export function MatrixView({ ExportButton }: { ExportButton: ComponentType<ExportButtonProps> }) {
  const t = useT();
  const analysis = useAnalysis();
  const { filter, graphMode, setGraphMode, select, setTab } = useUi(
    useShallow((s) => ({
      filter: s.filter,
      graphMode: s.graphMode,
      setGraphMode: s.setGraphMode,
      select: s.select,
      setTab: s.setTab,
    })),
  );
  const [part, setPart] = useState<Part>('members');
  const { sort: storedSort, setSort } = useMatrixSort();
  const { skills } = analysis.workspace;
  const sort = useMemo(() => resolveSort(storedSort, skills), [storedSort, skills]);
  const locale = useLocale();
  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);
  const model = useMemo(
    () => matrixModel(analysis, filter, graphMode, sort, collator.compare),
    [analysis, filter, graphMode, sort, collator],
  );

  const toggleSort = (key: MatrixSortKey) => setSort(toggledSort(storedSort, key, skills));
  const openMember = (member: number) => {
    select({ kind: 'member', key: analysis.workspace.members[member].key });
    setTab('map');
  };

  return (
    <section className="matrix-view" aria-labelledby="matrix-title">
      <div className="view-toolbar">
        <h2 id="matrix-title">{t('matrix.title')}</h2>
        <div className="segmented" role="group" aria-label={t('matrix.switch')}>
          {(['members', 'pairs'] as const).map((p) => (
            <button key={p} type="button" aria-pressed={part === p} onClick={() => setPart(p)}>
              {t(p === 'members' ? 'matrix.switch.members' : 'matrix.switch.pairs')}
            </button>
          ))}
        </div>
        <ModeSwitch t={t} mode={graphMode} onChange={setGraphMode} />
        <span className="muted">
          {t('matrix.summary', { members: model.rows.length, skills: model.columns.length })}
        </span>
        {part === 'members' && (
          <ExportButton
            label={t('matrix.export')}
            fileName={t('csv.matrixFileName')}
            disabled={model.rows.length === 0 || model.columns.length === 0}
            table={(lang) => matrixTable(analysis, model, MATRIX_CSV_WORDS[lang])}
          />
        )}
      </div>
      {part === 'members' ? (
        <>
          <p className="muted matrix-legend">
            <span className="matrix-swatches" aria-hidden="true">
              {[1, 2, 3, 4, 5].map((level) => (
                <span key={level} className={`matrix-swatch matrix-level-${level}`}>
                  {level}
                </span>
              ))}
            </span>{' '}
            {t('matrix.legend.level')} {t('matrix.legend.interest')}. {t('matrix.keys')}
          </p>
          {model.rows.length === 0 && graphMode === 'ambassadors' && !analysis.ambassador.includes(1) ? (
            // a file without a status column has no ambassadors: say so, and offer everyone instead
            <p className="matrix-empty">
              {t('matrix.noAmbassadors')}{' '}
              <button type="button" className="button small" onClick={() => setGraphMode('everyone')}>
                {t('matrix.showEveryone')}
              </button>
            </p>
          ) : model.rows.length === 0 || model.columns.length === 0 ? (
            <p className="matrix-empty">{t('matrix.empty')}</p>
          ) : (
            <MemberSkillGrid
              analysis={analysis}
              model={model}
              sort={sort}
              onSort={toggleSort}
              onOpenMember={openMember}
            />
          )}
        </>
      ) : (
        <SkillPairsTable analysis={analysis} ExportButton={ExportButton} />
      )}
    </section>
  );
}
