import { useMemo, type RefObject } from 'react';
import { useAnalysis } from '../../store/analysis';
import { FindBox } from './FindBox';
import { MapFilters } from './MapFilters';
import { ExportPngButton } from './ExportPngButton';
import type { GraphCanvasApi } from '../../graph/canvasApi';
import { useLocale, useT, useUi, type FocusSteps, type GraphModeChoice } from '../../store/ui';

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

const MODES: GraphModeChoice[] = ['ambassadors', 'everyone'];
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
  const { graphMode, setGraphMode, filter, setCategory, focused, focus, steps, setSteps } = useUi();
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
    <div className="view-toolbar map-toolbar">
      <div className="segmented" role="group" aria-label={t('graph.mode')}>
        <span className="segmented-label">{t('graph.mode')}:</span>
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={graphMode === mode}
            onClick={() => setGraphMode(mode)}
          >
            {t(mode === 'ambassadors' ? 'graph.mode.ambassadors' : 'graph.mode.everyone')}
          </button>
        ))}
      </div>
      <label>
        {t('graph.category')}{' '}
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
      <button type="button" className="button small" onClick={onFit}>
        {t('graph.fit')}
      </button>
      <ExportPngButton canvas={canvas} />
      <FindBox inputRef={findBoxRef} />
      {focusName !== null && (
        <span className="focus-chip">
          {t('graph.focused', { name: focusName })}{' '}
          <button type="button" className="button small" onClick={() => focus(null)}>
            {t('graph.clearFocus')}
          </button>
        </span>
      )}
      {focusName !== null && (
        <div className="segmented" role="group" aria-label={t('graph.steps.label')}>
          <span className="segmented-label" aria-hidden="true">
            {t('graph.steps')}:
          </span>
          {STEPS.map((n) => (
            <button key={n} type="button" aria-pressed={steps === n} onClick={() => setSteps(n)}>
              {n}
            </button>
          ))}
        </div>
      )}
      <span className="muted summary">
        {t('graph.summary', { gaps: gapSkills, single: singleHolderSkills, covered: coveredSkills })}
      </span>
      {(truncated || thinned) && (
        <p className="notice" role="note">
          {truncated ? t('graph.truncated', { shown, hidden }) : ''} {thinned ? t('graph.thinned') : ''}
        </p>
      )}
    </div>
  );
}
