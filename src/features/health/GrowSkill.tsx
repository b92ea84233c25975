// One gap skill: who could grow into it (ambassadors apart from the others, each with level → required, interest
// and workload) and, visibly apart, who qualifies today — the gap report's own candidates, not worked out again.
import { useMemo, useState } from 'react';
import { topCandidates } from '../../domain/analysis';
import type { GrowthCandidate, SkillGrowth } from '../../domain/growth';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT } from '../../store/ui';
import { SHOWN_NAMES, useOpenMember } from './PeopleButtons';

export function GrowSkill({ growth, categoryName }: { growth: SkillGrowth; categoryName: string }) {
  const t = useT();
  const analysis = useAnalysis();
  const open = useOpenMember();
  const [all, setAll] = useState(false);
  const { entry, candidates } = growth;
  const { skill } = entry;
  // The gap report names a skill's best SHOWN_NAMES candidates the same way.
  const qualify = useMemo(() => topCandidates(analysis, entry, SHOWN_NAMES), [analysis, entry]);
  const shown = all ? candidates : candidates.slice(0, SHOWN_NAMES);
  const ambassadors = shown.filter((c) => c.ambassador);
  const others = shown.filter((c) => !c.ambassador);
  const headingId = `grow-${entry.index}`;

  return (
    <article className="grow-skill" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {skill.name}{' '}
        <span className="grow-meta">
          {t('grow.meta', { category: categoryName, level: skill.requiredLevel, gap: entry.gap })}
        </span>
      </h3>
      <div className="grow-columns">
        <section className="grow-could" aria-label={t('grow.could', { count: candidates.length })}>
          <h4>{t('grow.could', { count: candidates.length })}</h4>
          {candidates.length === 0 ? (
            <p className="grow-nobody">{t('grow.nobodyClose')}</p>
          ) : (
            <>
              {ambassadors.length > 0 && (
                <CandidateList
                  title={t('grow.ambassadors')}
                  list={ambassadors}
                  required={skill.requiredLevel}
                />
              )}
              {others.length > 0 && (
                <CandidateList title={t('grow.others')} list={others} required={skill.requiredLevel} />
              )}
              {candidates.length > SHOWN_NAMES && (
                <button type="button" className="button small" onClick={() => setAll(!all)}>
                  {all ? t('health.showFewer') : t('health.showAll', { count: candidates.length })}
                </button>
              )}
            </>
          )}
        </section>
        <section className="grow-qualify" aria-label={t('grow.qualify', { count: entry.candidateCount })}>
          <h4>{t('grow.qualify', { count: entry.candidateCount })}</h4>
          <p className="grow-hint muted">{t('grow.qualify.hint')}</p>
          {qualify.length === 0 ? (
            <p className="muted">{t('grow.qualify.none')}</p>
          ) : (
            <ul className="grow-people">
              {qualify.map((c) => (
                <li key={c.member.key}>
                  <button type="button" className="link" onClick={() => open(c.member)}>
                    {c.member.name}
                  </button>{' '}
                  <span className="muted">{t('grow.qualify.level', { level: c.level })}</span>
                </li>
              ))}
              {entry.candidateCount > qualify.length && (
                <li className="muted">
                  {t('grow.qualify.more', { count: entry.candidateCount - qualify.length })}
                </li>
              )}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}

function CandidateList({
  title,
  list,
  required,
}: {
  title: string;
  list: GrowthCandidate[];
  required: number;
}) {
  const t = useT();
  const fmt = useNumberFormat();
  const open = useOpenMember();
  return (
    <>
      <p className="grow-group">{title}</p>
      <ul className="grow-people">
        {list.map((c) => (
          <li key={c.member.key}>
            <button type="button" className="link" onClick={() => open(c.member)}>
              {c.member.name}
            </button>{' '}
            {c.ambassador && (
              <>
                <span className="badge member-ambassador">{t('grow.ambassadorBadge')}</span>{' '}
              </>
            )}
            <span>{t('grow.level', { level: c.level, required })}</span>
            {c.interest && <span className="grow-interest"> · {t('grow.interest')}</span>}
            <span className="muted">
              {' · '}
              {c.member.workload === null
                ? t('grow.workloadUnknown')
                : t('grow.workload', { value: fmt.num(c.member.workload) })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
