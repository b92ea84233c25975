import { useEffect, useMemo, useRef, useState } from 'react';
import { gapReportOrder, type SkillCoverage } from '../../domain/analysis';
import { skillRef } from '../../domain/entities';
import type { MessageKey } from '../../i18n/i18n';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useNumberFormat, useT, useUi } from '../../store/ui';
import { DefaultTargetsNotice } from './DefaultTargetsNotice';
import { filterGapRows, shownCandidates } from './gapFilter';

type SortKey =
  | 'default'
  | 'skill'
  | 'category'
  | 'required_level'
  | 'target'
  | 'coverage'
  | 'gap'
  | 'weight'
  | 'status'
  | 'candidate_count';

const NUMERIC: Partial<Record<SortKey, (e: SkillCoverage) => number>> = {
  required_level: (e) => e.skill.requiredLevel,
  target: (e) => e.skill.target,
  coverage: (e) => e.coverage,
  gap: (e) => e.gap,
  weight: (e) => e.skill.weight,
  candidate_count: (e) => e.candidateCount,
};
/** Rows drawn at first and added by each "Show more": 10,000 skills drawn at once block the page for seconds. */
export const GAP_ROWS_SHOWN = 200;
const STATUS_ORDER = { gap: 0, single_holder: 1, covered: 2 };
const COLUMNS: SortKey[] = [
  'skill',
  'category',
  'required_level',
  'target',
  'coverage',
  'gap',
  'weight',
  'status',
  'candidate_count',
];

/** The gap report as a sortable table; a click on a skill opens it on the map. */
export function GapTable() {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const select = useUi((s) => s.select);
  const setTab = useUi((s) => s.setTab);
  const focus = useUi((s) => s.focus);
  const fmt = useNumberFormat();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'default', desc: false });
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(GAP_ROWS_SHOWN);
  // "Show more" moves the keyboard to the first row it added: the button itself may go (the last page), and a
  // reader goes on from where the list went on.
  const body = useRef<HTMLTableSectionElement>(null);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    body.current?.rows[focusRow.current]?.querySelector<HTMLButtonElement>('button')?.focus();
    focusRow.current = null;
  }, [limit]);

  const rows = useMemo(() => {
    const filtered = filterGapRows(analysis, gapReportOrder(analysis, locale), filter);
    if (sort.key === 'default') return filtered;
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const numeric = NUMERIC[sort.key];
    const compare = (a: SkillCoverage, b: SkillCoverage): number => {
      if (numeric) return numeric(a) - numeric(b);
      if (sort.key === 'status') return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      if (sort.key === 'category') return collator.compare(a.skill.category, b.skill.category);
      return collator.compare(a.skill.name, b.skill.name);
    };
    // A stable sort over the report order keeps ties in gap/weight/name order.
    return [...filtered].sort((a, b) => (sort.desc ? -compare(a, b) : compare(a, b)));
  }, [analysis, locale, sort, filter]);
  const candidates = shownCandidates(analysis);
  const shown = rows.length > limit ? rows.slice(0, limit) : rows;

  const toggle = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: NUMERIC[key] !== undefined }));

  return (
    <section className="gaps-view" aria-labelledby="gaps-title">
      <div className="view-toolbar">
        <h2 id="gaps-title">{t('gaps.title')}</h2>
        <input
          type="search"
          className="filter"
          placeholder={t('gaps.filterPlaceholder')}
          aria-label={t('gaps.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <p className="muted">{t('gaps.caption')}</p>
      <DefaultTargetsNotice />
      {rows.length === 0 ? (
        <p>{analysis.skills.length === 0 ? t('gaps.empty') : t('gaps.noMatch', { filter })}</p>
      ) : (
        <div className="table-scroll">
          <table className="gap-table">
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th
                    key={key}
                    aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                  >
                    <button type="button" className="sort" onClick={() => toggle(key)}>
                      {t(`gaps.col.${key}` as MessageKey)}
                      <span aria-hidden="true">{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
                <th>{t('gaps.col.holders')}</th>
                <th>{t('gaps.col.top_candidates')}</th>
              </tr>
            </thead>
            <tbody ref={body}>
              {shown.map((e) => (
                <tr key={e.skill.key} className={`row-${e.status}`}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        // From the report straight to who holds the skill and who could close its gap.
                        select(skillRef(e.skill.key));
                        focus(skillRef(e.skill.key));
                        setTab('map');
                      }}
                    >
                      {e.skill.name}
                    </button>
                  </td>
                  <td>{e.skill.category || t('category.uncategorised')}</td>
                  <td className="num">{e.skill.requiredLevel}</td>
                  <td className="num">{e.skill.target}</td>
                  <td className="num">{e.coverage}</td>
                  <td className="num">{e.gap}</td>
                  <td className="num">{fmt.num(e.skill.weight)}</td>
                  <td>
                    <span className={`badge badge-${e.status}`}>{t(`status.${e.status}` as MessageKey)}</span>
                  </td>
                  <td className="num">{e.candidateCount}</td>
                  <td>{e.holders.map((h) => h.member.name).join('; ')}</td>
                  <td>{(candidates.get(e.skill.key) ?? []).map((c) => c.member.name).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > shown.length && (
            <p className="muted">
              {t('gaps.shown', { shown: shown.length, count: rows.length })}{' '}
              <button
                type="button"
                className="button small"
                onClick={() => {
                  focusRow.current = shown.length;
                  setLimit((n) => n + GAP_ROWS_SHOWN);
                }}
              >
                {t('gaps.more', { count: Math.min(GAP_ROWS_SHOWN, rows.length - shown.length) })}
              </button>
            </p>
          )}
        </div>
      )}
      <p className="formula muted">{t('gaps.formula')}</p>
    </section>
  );
}
