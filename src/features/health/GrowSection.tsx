// Skills to grow (docs/contract.md "Growth candidates"): for each gap skill, in gap report order, who could grow
// into it — ambassadors first, since growing one closes the gap without a new intake — kept apart from who already
// qualifies today (the gap report's candidates). A find box and a category filter for a long list.
import { useMemo, useState } from 'react';
import { growthCandidates, type SkillGrowth } from '../../domain/growth';
import { normaliseIdentity } from '../../domain/normalise';
import { DEVELOPMENT_PLAN_CSV_WORDS, developmentPlanTable } from '../../io/developmentPlanCsv';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useT } from '../../store/ui';
import { GrowSkill } from './GrowSkill';
import type { SectionProps } from './sectionProps';

/** How many skills the list shows before "Show more". */
const SHOWN_SKILLS = 20;
/** From this many gap skills on, the list gets its find box and category filter. */
const FILTER_FROM = 6;

export function GrowSection({ ExportButton }: SectionProps) {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const growth = useMemo(() => growthCandidates(analysis, locale), [analysis, locale]);
  const [query, setQuery] = useState('');
  // The category chosen (null: all); a category no gap skill has any more shows all.
  const [category, setCategory] = useState<string | null>(null);
  const [limit, setLimit] = useState(SHOWN_SKILLS);

  const categories = useMemo(() => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return [...new Set(growth.map((g) => g.entry.skill.category))].sort(collator.compare);
  }, [growth, locale]);
  const current = category !== null && categories.includes(category) ? category : null;
  const shown = useMemo(() => {
    const needle = normaliseIdentity(query);
    return growth.filter(
      ({ entry: { skill } }) =>
        (current === null || skill.category === current) &&
        (!needle || normaliseIdentity(`${skill.name} ${skill.category} ${skill.skillId}`).includes(needle)),
    );
  }, [growth, query, current]);

  const growable = growth.filter((g) => g.candidates.length > 0).length;
  const byAmbassador = growth.filter((g) => g.candidates[0]?.ambassador).length;
  const categoryName = (c: string) => c || t('category.uncategorised');

  return (
    <div className="grow-section">
      <div className="view-toolbar">
        <p className="grow-summary" role="status">
          {t('grow.summary', {
            gaps: growth.length,
            growable,
            byAmbassador,
            nobody: growth.length - growable,
          })}
        </p>
        <ExportButton
          label={t('grow.export')}
          fileName={t('csv.developmentPlanFileName')}
          disabled={growable === 0}
          table={(lang) => developmentPlanTable(growth, DEVELOPMENT_PLAN_CSV_WORDS[lang])}
        />
      </div>
      {growth.length >= FILTER_FROM && (
        <div className="view-toolbar grow-filters">
          <input
            type="search"
            className="filter"
            placeholder={t('grow.findPlaceholder')}
            aria-label={t('grow.find')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label>
            {t('grow.category')}{' '}
            <select
              value={current === null ? -1 : categories.indexOf(current)}
              onChange={(e) => {
                const index = Number(e.target.value);
                setCategory(index < 0 ? null : categories[index]);
              }}
            >
              <option value={-1}>{t('grow.category.all')}</option>
              {categories.map((c, i) => (
                <option key={c} value={i}>
                  {categoryName(c)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <p className="grow-caption muted">{t('grow.caption')}</p>
      {analysis.skills.length === 0 ? (
        <p className="grow-caption">{t('grow.empty')}</p>
      ) : growth.length === 0 ? (
        <p className="grow-caption">{t('grow.none')}</p>
      ) : shown.length === 0 ? (
        <p className="grow-caption">{t('grow.noMatch')}</p>
      ) : (
        <SkillList
          shown={shown}
          limit={limit}
          categoryName={categoryName}
          onMore={() => setLimit(limit + SHOWN_SKILLS)}
        />
      )}
    </div>
  );
}

function SkillList(props: {
  shown: SkillGrowth[];
  limit: number;
  categoryName: (category: string) => string;
  onMore: () => void;
}) {
  const t = useT();
  const { shown, limit, categoryName, onMore } = props;
  const rest = shown.length - limit;
  return (
    <div className="grow-list">
      {shown.slice(0, limit).map((growth) => (
        <GrowSkill
          key={growth.entry.skill.key}
          growth={growth}
          categoryName={categoryName(growth.entry.skill.category)}
        />
      ))}
      {rest > 0 && (
        <button type="button" className="button small grow-more" onClick={onMore}>
          {t('grow.moreSkills', { count: Math.min(rest, SHOWN_SKILLS) })}
        </button>
      )}
    </div>
  );
}
