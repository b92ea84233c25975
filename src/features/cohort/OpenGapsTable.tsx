import { memo } from 'react';
import { heldBackCounts } from '../../domain/cohortExplain';
import type { OpenGap } from '../../domain/cohortTypes';
import type { Translate } from '../../i18n/i18n';
import { useNumberFormat, useT } from '../../store/ui';

/** The gaps the cohort leaves open, each with the reason nobody in it closes them. */
// Memoised: a few hundred rows at 20,000 members, redrawn only when the plan changes (an edit first renders the
// view with the old plan, and the deferred render then with the new one).
export const OpenGapsTable = memo(function OpenGapsTable({ openGaps }: { openGaps: readonly OpenGap[] }) {
  const t = useT();
  const fmt = useNumberFormat();
  return (
    <section aria-labelledby="cohort-open-title">
      <h3 id="cohort-open-title">{t('cohort.open.title')}</h3>
      {openGaps.length === 0 ? (
        <p>{t('cohort.open.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="gap-table cohort-open-table" aria-labelledby="cohort-open-title">
            <thead>
              <tr>
                <th>{t('cohort.open.col.skill')}</th>
                <th>{t('cohort.open.col.gap')}</th>
                <th>{t('cohort.open.col.weightedGap')}</th>
                <th>{t('cohort.open.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {openGaps.map((g) => (
                <tr key={g.entry.skill.key}>
                  <td>{g.entry.skill.name}</td>
                  <td className="num">{g.gap}</td>
                  <td className="num">{fmt.num(g.weightedGap)}</td>
                  <td>{reasonText(g, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});

/**
 * Who qualifies outside the cohort and what holds each back, mildest obstacle first (the first is the gap's
 * `reason`): "2 qualify: 1 over the workload ceiling, 1 excluded." Counts, not "everyone", since obstacles mix.
 */
function reasonText(gap: OpenGap, t: Translate): string {
  const { qualify, counts } = heldBackCounts(gap.heldBack);
  if (qualify === 0) return t('cohort.reason.no_one_qualifies');
  const obstacles = counts.map((c) => t(`cohort.heldBack.${c.obstacle}`, { count: c.count })).join(', ');
  return t('cohort.heldBack.qualify', { count: qualify, obstacles });
}
