import { useMemo, useState } from 'react';
import { keyPersonRisks } from '../../domain/risk';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/** Rows shown before "Show all": at 20,000 members there are about a thousand ambassadors. */
const TOP = 50;

/** Current ambassadors ranked by what their leaving alone would open, each with a Mark as leaving box. */
export function KeyPersonRiskTable() {
  const t = useT();
  const fmt = useNumberFormat();
  const analysis = useAnalysis();
  const apply = useWorkspace((s) => s.apply);
  const leavingList = useWorkspace((s) => s.workspace.plan.leaving);
  const leaving = useMemo(() => new Set(leavingList), [leavingList]);
  const [showAll, setShowAll] = useState(false);
  const risks = keyPersonRisks(analysis);
  const shown = showAll ? risks : risks.slice(0, TOP);
  return (
    <section className="risk-section" aria-labelledby="key-risk-title">
      <h3 id="key-risk-title">{t('risk.key.title')}</h3>
      <p className="muted">{t('risk.key.intro')}</p>
      {risks.length === 0 ? (
        <p>{t('risk.key.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="gap-table">
            <caption className="visually-hidden">{t('risk.key.title')}</caption>
            <thead>
              <tr>
                <th>{t('risk.key.col.rank')}</th>
                <th>{t('risk.key.col.name')}</th>
                <th>{t('risk.key.col.department')}</th>
                <th>{t('risk.key.col.unique')}</th>
                <th>{t('risk.key.col.uniqueNames')}</th>
                <th>{t('risk.key.col.gaps')}</th>
                <th>{t('risk.key.col.weightedGap')}</th>
                <th>{t('risk.key.col.mark')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((risk, i) => (
                <tr key={risk.member.key}>
                  <td className="num">{i + 1}</td>
                  <td>{risk.member.name}</td>
                  <td>{risk.member.department}</td>
                  <td className="num">{risk.uniqueSkills.length}</td>
                  <td>{risk.uniqueSkills.map((e) => e.skill.name).join(', ')}</td>
                  <td className="num">{risk.gapsOpened}</td>
                  <td className="num">{fmt.num(risk.weightedGap)}</td>
                  <td>
                    <input
                      type="checkbox"
                      // Checked from the click until the deferred analysis moves the row to the leavers.
                      checked={leaving.has(risk.member.key)}
                      aria-label={t('risk.key.markName', { name: risk.member.name })}
                      onChange={(event) =>
                        apply({
                          kind: event.target.checked ? 'markLeaving' : 'unmarkLeaving',
                          memberKey: risk.member.key,
                        })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {risks.length > TOP && (
        <button type="button" className="show-all" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('risk.key.showTop', { count: TOP }) : t('risk.key.showAll', { count: risks.length })}
        </button>
      )}
    </section>
  );
}
