import { useMemo, useState } from 'react';
import type { SkillCoverage } from '../../domain/analysis';
import { atSkillDefaults } from '../../domain/skillValues';
import type { SkillBaseline } from '../../domain/types';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useNumberFormat, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import { BulkControls } from './BulkControls';
import { describeEdit } from './describeEdit';
import { TargetRow } from './TargetRow';

/** The chosen category; null shows every skill. */
type Scope = { category: string } | null;

/**
 * The targets editor: every skill's target, required level and weight edited in place, set for a category at
 * once, reset to the file's values or the defaults, and undone. The values come from the workspace (so an
 * applied value shows at once); holders, gap and status from the analysis, which follows.
 */
export function TargetsView() {
  const t = useT();
  const locale = useLocale();
  const fmt = useNumberFormat();
  const skills = useWorkspace((s) => s.workspace.skills);
  const baseline = useWorkspace((s) => s.workspace.plan.baseline);
  const apply = useWorkspace((s) => s.apply);
  const analysis = useAnalysis();
  const [scope, setScope] = useState<Scope>(null);

  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);
  const categories = useMemo(
    () => [...new Set(skills.map((s) => s.category))].sort(collator.compare),
    [skills, collator],
  );
  const current = scope && categories.includes(scope.category) ? scope : null;
  // Category, then name: an edit never moves a row.
  const shown = useMemo(
    () =>
      skills
        .filter((s) => !current || s.category === current.category)
        .sort((a, b) => collator.compare(a.category, b.category) || collator.compare(a.name, b.name)),
    [skills, current, collator],
  );
  const coverage = useMemo(
    () => new Map<string, SkillCoverage>(analysis.skills.map((e) => [e.skill.key, e])),
    [analysis],
  );
  const baselineOf = useMemo(
    () => new Map<string, SkillBaseline>(baseline.map((b) => [b.skillKey, b])),
    [baseline],
  );
  const categoryName = (category: string) => category || t('category.uncategorised');
  const gaps = analysis.skills.filter((e) => e.gap > 0);
  const points = gaps.reduce((sum, e) => sum + e.gap * e.skill.weight, 0);

  return (
    <section className="targets-view" aria-labelledby="targets-title">
      <div className="view-toolbar">
        <h2 id="targets-title">{t('targets.title')}</h2>
        <label>
          {t('targets.scope')}{' '}
          <select
            value={current ? categories.indexOf(current.category) : -1}
            onChange={(e) => {
              const index = Number(e.target.value);
              setScope(index < 0 ? null : { category: categories[index] });
            }}
          >
            <option value={-1}>{t('targets.scope.all')}</option>
            {categories.map((category, i) => (
              <option key={category} value={i}>
                {categoryName(category)}
              </option>
            ))}
          </select>
        </label>
        <UndoLast />
      </div>
      <p className="muted">{t('targets.caption')}</p>
      {skills.length === 0 ? (
        <p>{t('targets.empty')}</p>
      ) : (
        <>
          <p className="targets-summary" role="status">
            {t('targets.summary', { count: gaps.length, points: fmt.num(points) })}
          </p>
          <BulkControls
            skills={shown}
            edited={shown.filter((s) => baselineOf.has(s.key)).length}
            offDefaults={shown.filter((s) => !atSkillDefaults(s)).length}
            apply={apply}
          />
          <div className="table-scroll">
            <table className="gap-table targets-table">
              <caption className="visually-hidden">{t('targets.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('targets.col.skill')}</th>
                  <th scope="col">{t('targets.col.category')}</th>
                  <th scope="col">{t('targets.col.holders')}</th>
                  <th scope="col">{t('targets.col.target')}</th>
                  <th scope="col">{t('targets.col.requiredLevel')}</th>
                  <th scope="col">{t('targets.col.weight')}</th>
                  <th scope="col">{t('targets.col.gap')}</th>
                  <th scope="col">{t('targets.col.status')}</th>
                  <th scope="col">{t('targets.col.reset')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((skill) => {
                  const entry = coverage.get(skill.key);
                  return (
                    <TargetRow
                      key={skill.key}
                      skill={skill}
                      baseline={baselineOf.get(skill.key)}
                      categoryName={categoryName(skill.category)}
                      holders={entry?.holders.length ?? 0}
                      gap={entry?.gap ?? 0}
                      status={entry?.status ?? 'gap'}
                      atDefaults={atSkillDefaults(skill)}
                      apply={apply}
                      t={t}
                      fmt={fmt}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Undo for the last edit of any kind (the store keeps one line of edits), with what it was. */
function UndoLast() {
  const t = useT();
  const fmt = useNumberFormat();
  const undoStack = useWorkspace((s) => s.undoStack);
  const undoEdits = useWorkspace((s) => s.undoEdits);
  const workspace = useWorkspace((s) => s.workspace);
  const undoEdit = useWorkspace((s) => s.undoEdit);
  const before = undoStack.at(-1);
  const edit = undoEdits.at(-1);
  return (
    <span className="targets-undo">
      <button
        type="button"
        className="button"
        disabled={!before}
        aria-describedby="targets-undo-last"
        onClick={() => undoEdit()}
      >
        {t('targets.undo')}
      </button>{' '}
      <span id="targets-undo-last" className="muted" role="status">
        {before && edit
          ? t('targets.undo.last', { edit: describeEdit(edit, before, workspace, t, fmt) })
          : t('targets.undo.none')}
      </span>
    </span>
  );
}
