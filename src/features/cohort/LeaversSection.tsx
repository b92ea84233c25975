import { useMemo } from 'react';
import type { MessageKey } from '../../i18n/i18n';
import { gapsLeaversOpen } from '../../domain/risk';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/** The ambassadors marked as leaving, each with an Unmark button, and the gaps their leaving opens. */
export function LeaversSection() {
  const t = useT();
  const fmt = useNumberFormat();
  const analysis = useAnalysis();
  const apply = useWorkspace((s) => s.apply);
  const leavers = useMemo(
    () => analysis.workspace.members.filter((_, m) => analysis.leaver[m] === 1).sort(analysis.compareNames),
    [analysis],
  );
  const opened = gapsLeaversOpen(analysis);
  const weighted = opened.reduce((sum, g) => sum + g.weightedGap, 0);
  return (
    <section className="risk-section" aria-labelledby="leavers-title">
      <h3 id="leavers-title">{t('risk.leavers.title')}</h3>
      {leavers.length === 0 ? (
        <p>{t('risk.leavers.none')}</p>
      ) : (
        <>
          <p className="muted">{t('risk.leavers.intro')}</p>
          <ul className="leaver-list">
            {leavers.map((member) => (
              <li key={member.key}>
                {member.name}
                {member.department && <span className="muted"> · {member.department}</span>}{' '}
                <button
                  type="button"
                  aria-label={t('risk.leavers.unmarkName', { name: member.name })}
                  onClick={() => apply({ kind: 'unmarkLeaving', memberKey: member.key })}
                >
                  {t('risk.leavers.unmark')}
                </button>
              </li>
            ))}
          </ul>
          {opened.length === 0 ? (
            <p>{t('risk.opened.none')}</p>
          ) : (
            <>
              <p>{t('risk.opened.total', { count: weighted, weighted: fmt.num(weighted) })}</p>
              <div className="table-scroll">
                <table className="gap-table">
                  <caption>{t('risk.opened.caption')}</caption>
                  <thead>
                    <tr>
                      <th>{t('risk.opened.col.skill')}</th>
                      <th>{t('risk.opened.col.target')}</th>
                      <th>{t('risk.opened.col.holdersBefore')}</th>
                      <th>{t('risk.opened.col.holders')}</th>
                      <th>{t('risk.opened.col.status')}</th>
                      <th>{t('risk.opened.col.gap')}</th>
                      <th>{t('risk.opened.col.weightedGap')}</th>
                      <th>{t('risk.opened.col.leavers')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {opened.map((g) => (
                      <tr key={g.entry.skill.key}>
                        <td>{g.entry.skill.name}</td>
                        <td className="num">{g.entry.skill.target}</td>
                        <td className="num">{g.coverageBefore}</td>
                        <td className="num">{g.entry.coverage}</td>
                        <td>{t(`status.${g.entry.status}` as MessageKey)}</td>
                        <td className="num">{g.extraGap}</td>
                        <td className="num">{fmt.num(g.weightedGap)}</td>
                        <td>{g.leavers.map((m) => m.name).join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
