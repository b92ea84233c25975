import { useMemo, type RefObject } from 'react';
import { useAnalysis } from '../../store/analysis';
import { isFiltering } from '../../domain/explorerFilter';
import { FindBox } from './FindBox';
import { MapFilters } from './MapFilters';
import { ExportPngButton } from './ExportPngButton';
import { StatusCounts } from './StatusCounts';
import type { GraphCanvasApi } from '../../graph/canvasApi';
import { ModeSwitch } from '../../components/ModeSwitch';
import { useLocale, useT, useUi, type FocusSteps } from '../../store/ui';
import { useShallow } from 'zustand/react/shallow';

interface MapToolbarProps {
  onFit: () => void;
  /** The find box's input, where focus goes when the side panel closes with nothing else to return to. */
  findBoxRef?: RefObject<HTMLInputElement | null>;
  truncated: boolean;
  shown: number;
  hidden: number;
  thinned: boolean;
  /** The drawn map, for Export PNG; null until it is drawn. */
  canvas?: GraphCanvasApi | null;
}

const STEPS: FocusSteps[] = [1, 2];

export function MapToolbar({
  onFit,
  findBoxRef,
  truncated,
  shown,
  hidden,
  thinned,
  canvas = null,
}: MapToolbarProps) {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const { graphMode, setGraphMode, filter, setCategory, focused, focus, steps, setSteps } = useUi(
    useShallow((s) => ({
      graphMode: s.graphMode,
      setGraphMode: s.setGraphMode,
      filter: s.filter,
      setCategory: s.setCategory,
      focused: s.focused,
      focus: s.focus,
      steps: s.steps,
      setSteps: s.setSteps,
    })),
  );
  const category = filter.categories.length === 1 ? filter.categories[0] : null;
  const categories = useMemo(() => {
    const names = new Set(analysis.skills.map((e) => e.skill.category));
    return [...names].sort(new Intl.Collator(locale).compare);
  }, [analysis, locale]);
  const focusName = useMemo(() => {
    if (!focused) return null;
    if (focused.kind === 'skill') return analysis.bySkill.get(focused.key)?.skill.name ?? null;
    if (focused.kind === 'member') return analysis.memberByKey.get(focused.key)?.name ?? null;
    return focused.key;
  }, [focused, analysis]);
  const { gapSkills, singleHolderSkills, coveredSkills } = analysis.totals;

  return (
    <div className={focusName === null ? 'view-toolbar map-toolbar' : 'view-toolbar map-toolbar focused'}>
      <ModeSwitch t={t} mode={graphMode} onChange={setGraphMode} />
      <label>
        {/* "All categories" says what the select is: the word beside it only in wide windows */}
        <span className="category-word">{t('graph.category')} </span>
        <select
          value={category ?? '\u0000all'}
          onChange={(e) => setCategory(e.target.value === '\u0000all' ? null : e.target.value)}
        >
          <option value={'\u0000all'}>{t('graph.allCategories')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c || t('category.uncategorised')}
            </option>
          ))}
        </select>
      </label>
      <MapFilters />
      <span className="button-pair">
        <button type="button" className="button small" onClick={onFit}>
          {t('graph.fit')}
        </button>
        <ExportPngButton canvas={canvas} />
      </span>
      <FindBox inputRef={findBoxRef} />
      {focusName !== null && (
        // the steps live in the chip: focusing never adds a row to the toolbar nor moves the map
        <span className="focus-chip">
          <span className="focus-name" title={focusName}>
            {t('graph.focused', { name: focusName })}
          </span>
          <span className="segmented" role="group" aria-label={t('graph.steps.label')}>
            <span className="segmented-label" aria-hidden="true">
              {t('graph.steps')}
            </span>
            {STEPS.map((n) => (
              <button key={n} type="button" aria-pressed={steps === n} onClick={() => setSteps(n)}>
                {n}
              </button>
            ))}
          </span>
          <button
            type="button"
            className="focus-clear"
            aria-label={t('graph.clearFocus')}
            title={t('graph.clearFocus')}
            onClick={() => focus(null)}
          >
            ×
          </button>
        </span>
      )}
      <StatusCounts
        gaps={gapSkills}
        single={singleHolderSkills}
        covered={coveredSkills}
        wholeClub={isFiltering(filter)}
      />
      {(truncated || thinned) && (
        <p className="notice" role="note">
          {/* with a skill or person focused, "focus a skill" would contradict what the map shows */}
          {truncated
            ? t(focused ? 'graph.truncated.focused' : 'graph.truncated', { shown, hidden })
            : ''}{' '}
          {thinned ? t('graph.thinned') : ''}
        </p>
      )}
    </div>
  );
}
