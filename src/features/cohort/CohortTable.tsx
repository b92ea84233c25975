import { Fragment, memo, useId, useMemo, useState } from 'react';
import { coverageByPick } from '../../domain/cohortExplain';
import type { CohortPick } from '../../domain/cohortTypes';
import type { MessageKey } from '../../i18n/i18n';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import { PickWhy } from './PickWhy';

const COLUMNS = 9;

/**
 * The picks in pick order, each with the gap skills it closes at its turn. A pick's name opens why it is in:
 * what it closes and adds to coverage, its score skill by skill, its workload (a row below it). Each pick can be
 * excluded, and a pinned one unpinned.
 */
// Memoised: an edit first renders the view with the old plan; only the deferred render brings new picks.
export const CohortTable = memo(function CohortTable({ picks }: { picks: readonly CohortPick[] }) {
  const t = useT();
  const fmt = useNumberFormat();
  const analysis = useAnalysis();
  const apply = useWorkspace((s) => s.apply);
  // A plan holds 10–50 people: one pass over what they close, redone only when the plan changes.
  const coverage = useMemo(() => coverageByPick(analysis, picks), [analysis, picks]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string) =>
    setOpen((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const idPrefix = useId();
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
            <th>{t('cohort.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {picks.map((pick, i) => {
            const expanded = open.has(pick.member.key);
            const whyId = `${idPrefix}-why-${i}`;
            return (
              <Fragment key={pick.member.key}>
                <tr className={expanded ? 'cohort-pick open' : 'cohort-pick'}>
                  <td className="num">{i + 1}</td>
                  <td>
                    <button
                      type="button"
                      className="link disclosure"
                      aria-expanded={expanded}
                      aria-controls={expanded ? whyId : undefined}
                      aria-label={t('cohort.why.toggle', { name: pick.member.name })}
                      onClick={() => toggle(pick.member.key)}
                    >
                      {pick.member.name}
                    </button>
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
                  <td className="pick-actions">
                    {pick.pinned && (
                      <button
                        type="button"
                        className="button small"
                        aria-label={t('cohort.unpinName', { name: pick.member.name })}
                        onClick={() => apply({ kind: 'unpin', memberKey: pick.member.key })}
                      >
                        {t('cohort.unpin')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('cohort.excludeName', { name: pick.member.name })}
                      onClick={() => apply({ kind: 'exclude', memberKey: pick.member.key })}
                    >
                      {t('cohort.exclude')}
                    </button>
                  </td>
                </tr>
                {expanded && (
                  <tr className="cohort-why-row">
                    <td colSpan={COLUMNS}>
                      <PickWhy id={whyId} pick={pick} coverage={coverage[i]} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
