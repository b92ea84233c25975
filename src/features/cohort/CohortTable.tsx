import type { CohortPick } from '../../domain/cohortTypes';
import type { MessageKey } from '../../i18n/i18n';
import { useNumberFormat, useT } from '../../store/ui';

/** The picks in pick order, each with the gap skills it closes at its turn. */
export function CohortTable({ picks }: { picks: readonly CohortPick[] }) {
  const t = useT();
  const fmt = useNumberFormat();
  return (
    <div className="table-scroll">
      <table className="gap-table cohort-table" aria-label={t('cohort.picks')}>
        <thead>
          <tr>
            <th>{t('cohort.col.order')}</th>
            <th>{t('cohort.col.name')}</th>
            <th>{t('cohort.col.department')}</th>
            <th>{t('cohort.col.status')}</th>
            <th>{t('cohort.col.workload')}</th>
            <th>{t('cohort.col.score')}</th>
            <th>{t('cohort.col.closes')}</th>
            <th>{t('cohort.col.weightedGap')}</th>
          </tr>
        </thead>
        <tbody>
          {picks.map((pick, i) => (
            <tr key={pick.member.key}>
              <td className="num">{i + 1}</td>
              <td>
                {pick.member.name}
                {pick.pinned && <span className="badge">{t('cohort.pinned')}</span>}
              </td>
              <td>{pick.member.department}</td>
              <td>{t(`memberStatus.${pick.member.status}` as MessageKey)}</td>
              <td className="num">
                {pick.workload === null ? t('cohort.workloadUnknown') : `${fmt.num(pick.workload)}%`}
              </td>
              <td className="num">{fmt.fixed(pick.score, 2)}</td>
              <td>{pick.closes.map((c) => `${c.skill.name} (${fmt.num(c.weight)})`).join(', ')}</td>
              <td className="num">{fmt.num(pick.weightedGap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
