import type { OpenGap } from '../../domain/cohortTypes';
import type { MessageKey } from '../../i18n/i18n';
import { useNumberFormat, useT } from '../../store/ui';

/** The gaps the cohort leaves open, each with the reason nobody in it closes them. */
export function OpenGapsTable({ openGaps }: { openGaps: readonly OpenGap[] }) {
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
                  <td>{t(`cohort.reason.${g.reason}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
