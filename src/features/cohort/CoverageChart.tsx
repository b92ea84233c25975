import { useId } from 'react';
import type { CategoryCoverage } from '../../domain/categoryCoverage';
import { useNumberFormat, useT } from '../../store/ui';

const STATES = ['now', 'withoutLeavers', 'afterCohort'] as const;
const LABEL_WIDTH = 180;
const BAR_WIDTH = 320;
const BAR_HEIGHT = 10;
const GROUP_HEIGHT = STATES.length * (BAR_HEIGHT + 2) + 10;

/** A share (0…1, or null when nothing is asked) as the UI writes it: "67%", "67 %", or "no target". */
export function useShareText(): (share: number | null) => string {
  const t = useT();
  const fmt = useNumberFormat();
  return (share) =>
    share === null
      ? t('risk.coverage.noTarget')
      : t('risk.percent', { value: fmt.num(Math.round(share * 100)) });
}

/**
 * Three bars per category — now, the leavers gone, after the cohort — each the share of the category's target
 * covered (coverage / Σ target). Plain SVG; its text alternative lists the same numbers, and the table below
 * holds them all.
 */
export function CoverageChart({
  categories,
  name,
}: {
  categories: readonly CategoryCoverage[];
  name: (c: CategoryCoverage) => string;
}) {
  const t = useT();
  const share = useShareText();
  const id = useId();
  const charted = categories.filter((c) => c.target > 0);
  if (charted.length === 0) return <p>{t('risk.coverage.chartEmpty')}</p>;
  const covered = (c: CategoryCoverage, state: (typeof STATES)[number]) => c[state].coverage / c.target;
  const description = charted
    .map((c) =>
      t('risk.coverage.chartRow', {
        category: name(c),
        now: share(covered(c, 'now')),
        without: share(covered(c, 'withoutLeavers')),
        after: share(covered(c, 'afterCohort')),
      }),
    )
    .join(' ');
  const height = charted.length * GROUP_HEIGHT;
  return (
    <figure className="coverage-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}
        width={LABEL_WIDTH + BAR_WIDTH + 60}
        height={height}
      >
        <title id={`${id}-title`}>{t('risk.coverage.chart')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {charted.map((c, g) => (
          <g key={c.category} transform={`translate(0 ${g * GROUP_HEIGHT})`}>
            <text x={0} y={GROUP_HEIGHT / 2} dominantBaseline="middle" className="chart-label">
              {name(c)}
            </text>
            {STATES.map((state, i) => {
              const value = covered(c, state);
              const y = 4 + i * (BAR_HEIGHT + 2);
              return (
                <g key={state}>
                  <rect
                    x={LABEL_WIDTH}
                    y={y}
                    width={Math.max(1, value * BAR_WIDTH)}
                    height={BAR_HEIGHT}
                    className={`bar bar-${state}`}
                  />
                  <text
                    x={LABEL_WIDTH + value * BAR_WIDTH + 4}
                    y={y + BAR_HEIGHT - 1}
                    className="chart-value"
                  >
                    {share(value)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {STATES.map((state) => (
            <li key={state}>
              <span className={`swatch bar-${state}`} aria-hidden="true" />
              {t(`risk.coverage.state.${state}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
