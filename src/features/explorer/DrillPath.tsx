import type { AggregateElements } from '../../graph/aggregate';
import type { DrillStep } from '../../domain/entities';
import { useAnalysis } from '../../store/analysis';
import { drillPath, useT, useUi } from '../../store/ui';

interface DrillPathProps {
  /** The aggregate level drawn, or null when a skill or person is focused (the detailed map). */
  aggregate: AggregateElements | null;
}

/**
 * The organisation overview's breadcrumb ("Overview › Data › SQL › Anna Petrova"), each crumb a way back to its
 * level, and a sentence saying what the level leaves out and how to bring it in.
 */
export function DrillPath({ aggregate }: DrillPathProps) {
  const t = useT();
  const analysis = useAnalysis();
  const drill = useUi((s) => s.drill);
  const focused = useUi((s) => s.focused);
  const drillBack = useUi((s) => s.drillBack);
  const path = drillPath({ drill, focused });
  const nameOf = (step: DrillStep): string => {
    if (step.kind === 'skill') return analysis.bySkill.get(step.key)?.skill.name ?? step.key;
    if (step.kind === 'member') return analysis.memberByKey.get(step.key)?.name ?? '';
    if (step.kind === 'category') return step.key || t('category.uncategorised');
    return step.key || t('overview.noDepartment');
  };
  const crumbs = [t('overview.root'), ...path.map(nameOf)];
  const last = path.at(-1);

  let hint: string | null = null;
  if (aggregate?.level === 'overview')
    hint = t('overview.hint.overview', {
      people: t('overview.people', { count: aggregate.people }),
      skills: t('overview.skills', { count: aggregate.skills }),
    });
  else if (aggregate?.level === 'category' && last)
    hint = t('overview.hint.category', {
      category: nameOf(last),
      skills: t('overview.skills', {
        count: aggregate.nodes.filter((n) => n.data.kind === 'skill').length,
      }),
    });
  else if (aggregate?.level === 'department' && last) {
    const shown = t('overview.people', {
      count: aggregate.nodes.filter((n) => n.data.kind === 'member').length,
    });
    hint = aggregate.truncated
      ? t('overview.hint.departmentHidden', {
          department: nameOf(last),
          shown,
          hidden: aggregate.hiddenMembers,
        })
      : t('overview.hint.department', { department: nameOf(last), shown });
  }

  return (
    <div className="drill-path">
      <nav aria-label={t('overview.path')}>
        <ol>
          {crumbs.map((label, depth) => (
            <li key={depth}>
              <button
                type="button"
                aria-current={depth === crumbs.length - 1 ? 'location' : undefined}
                onClick={() => drillBack(depth)}
              >
                {label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {hint && (
        <p className="muted drill-hint" role="note">
          {hint}
        </p>
      )}
    </div>
  );
}
