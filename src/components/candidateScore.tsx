// How a candidate's workload and score are said, wherever a person is explained (the member panel, the cohort).
// Presentational: the caller hands in the translation and the number formats of the UI language.
import type { CandidateScore } from '../domain/analysis';
import { NEUTRAL_WORKLOAD } from '../domain/score';
import type { Translate } from '../i18n/i18n';

/** Numbers in the UI language's notation: the shape the store's `useNumberFormat()` returns. */
export interface NumberWords {
  num: (n: number) => string;
  fixed: (n: number, digits: number) => string;
}

/**
 * The workload as a person reads it: over 100 % is overloaded; for a candidate, an unknown workload says how the
 * score counts it (neutral, docs/contract.md "Candidate score"), so nobody wonders why it ranks where it does.
 */
export function workloadText(
  workload: number | null,
  score: CandidateScore | null,
  t: Translate,
  fmt: NumberWords,
  dash: string,
): string {
  if (workload === null)
    return score
      ? t('panel.workloadUnknownNeutral', {
          neutral: fmt.num(NEUTRAL_WORKLOAD),
          factor: fmt.fixed(score.workloadFactor, 2),
        })
      : dash;
  if (workload > 100) return t('panel.workloadOverloaded', { workload: fmt.num(workload) });
  return `${fmt.num(workload)}%`;
}

/** The candidate score skill by skill: weight × level / 5 × workload factor for each open gap it qualifies for. */
export function ScoreBreakdown({
  score,
  skillName,
  t,
  fmt,
}: {
  score: CandidateScore;
  skillName: (skillKey: string) => string;
  t: Translate;
  fmt: NumberWords;
}) {
  if (score.contributions.length === 0) return <p className="muted">{t('panel.scoreNone')}</p>;
  return (
    <ul className="score-explain">
      {score.contributions.map((c) => (
        <li key={c.skillKey}>
          {t('panel.scoreExplain', {
            skill: skillName(c.skillKey),
            level: c.level,
            factor: fmt.fixed(score.workloadFactor, 2),
            points: fmt.fixed(c.points, 2),
            weight: fmt.num(c.weight),
          })}
        </li>
      ))}
    </ul>
  );
}
