// The skill–skill view: pairs of the skills shown, by how many of the members shown hold both at the minimum
// level or above. The counts are in src/domain/skillPairs.ts; the table lists the first pairs in its order.
import { useMemo, useState, type ComponentType } from 'react';
import type { Analysis } from '../../domain/analysis';
import { skillMask } from '../../domain/explorerFilter';
import { shownMembers } from '../../domain/matrix';
import { normaliseIdentity } from '../../domain/normalise';
import { pairShare, skillPairCounts, type SkillPair } from '../../domain/skillPairs';
import type { MessageKey } from '../../i18n/i18n';
import { MATRIX_CSV_WORDS, skillPairTable } from '../../io/matrixCsv';
import { useLocale, useT, useUi } from '../../store/ui';
import { useShallow } from 'zustand/react/shallow';
import type { ExportButtonProps } from '../../components/exportSlot';

/** Rows the table shows at first and adds with each "Show more"; the export holds every pair. */
export const SHOWN_PAIRS = 100;

type PairSortKey = 'skill' | 'withSkill' | 'both' | 'shareA' | 'shareB';
const COLUMNS: PairSortKey[] = ['skill', 'withSkill', 'both', 'shareA', 'shareB'];

export function SkillPairsTable({
  analysis,
  ExportButton,
}: {
  analysis: Analysis;
  ExportButton: ComponentType<ExportButtonProps>;
}) {
  const t = useT();
  const locale = useLocale();
  const { filter, graphMode } = useUi(useShallow((s) => ({ filter: s.filter, graphMode: s.graphMode })));
  const [sort, setSort] = useState<{ key: PairSortKey; desc: boolean }>({ key: 'both', desc: true });
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(SHOWN_PAIRS);
  const counts = useMemo(
    () =>
      skillPairCounts(
        analysis,
        shownMembers(analysis, filter, graphMode),
        skillMask(analysis, filter),
        filter.minLevel,
      ),
    [analysis, filter, graphMode],
  );
  const { skills } = analysis.workspace;
  const pairs = useMemo(() => {
    // Skill names ranked once, so that sorting 100,000 pairs compares numbers rather than collating names.
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const rank = new Uint32Array(skills.length);
    skills
      .map((_, i) => i)
      .sort((a, b) => collator.compare(skills[a].name, skills[b].name) || a - b)
      .forEach((skill, i) => (rank[skill] = i));
    const { holders } = counts;
    const byName = (a: SkillPair, b: SkillPair) => rank[a.a] - rank[b.a] || rank[a.b] - rank[b.b];
    const value: Record<PairSortKey, (p: SkillPair) => number> = {
      skill: () => 0,
      withSkill: () => 0,
      both: (p) => p.both,
      shareA: (p) => pairShare(p.both, holders[p.a]),
      shareB: (p) => pairShare(p.both, holders[p.b]),
    };
    const sign = sort.desc ? -1 : 1;
    const compare =
      sort.key === 'skill'
        ? (a: SkillPair, b: SkillPair) => sign * byName(a, b)
        : sort.key === 'withSkill'
          ? (a: SkillPair, b: SkillPair) => sign * (rank[a.b] - rank[b.b]) || byName(a, b)
          : (a: SkillPair, b: SkillPair) =>
              sign * (value[sort.key](a) - value[sort.key](b)) || b.both - a.both || byName(a, b);
    return [...counts.pairs].sort(compare);
  }, [counts, sort, skills, locale]);
  // A skill's name found in either column (case and ё ignored): "what travels with Python?"
  const needle = normaliseIdentity(query);
  const found = useMemo(() => {
    if (!needle) return pairs;
    const hit = skills.map((s) => normaliseIdentity(s.name).includes(needle));
    return pairs.filter((p) => hit[p.a] || hit[p.b]);
  }, [pairs, skills, needle]);
  const percent = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent' }), [locale]);

  const toggle = (key: PairSortKey) => {
    setLimit(SHOWN_PAIRS);
    setSort((s) =>
      s.key === key ? { key, desc: !s.desc } : { key, desc: key !== 'skill' && key !== 'withSkill' },
    );
  };

  return (
    <>
      <div className="view-toolbar">
        <p className="muted">{t('matrix.pairs.explain', { level: filter.minLevel })}</p>
        <ExportButton
          label={t('matrix.pairs.export')}
          fileName={t('csv.skillPairsFileName')}
          disabled={pairs.length === 0}
          table={(lang) => skillPairTable(analysis, pairs, counts.holders, MATRIX_CSV_WORDS[lang])}
        />
      </div>
      {pairs.length > 0 && (
        <label className="pairs-find">
          {t('matrix.pairs.find')}{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(SHOWN_PAIRS);
            }}
          />
        </label>
      )}
      {pairs.length === 0 ? (
        <p className="matrix-empty">{t('matrix.pairs.none')}</p>
      ) : found.length === 0 ? (
        <p className="matrix-empty">{t('matrix.pairs.noneFound', { query: query.trim() })}</p>
      ) : (
        <>
          {found.length > limit && (
            <p className="muted matrix-legend">
              {t('matrix.pairs.shown', { shown: limit, total: found.length })}
            </p>
          )}
          <div className="table-scroll">
            <table className="gap-table">
              <caption className="visually-hidden">{t('matrix.pairs')}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((key) => (
                    <th
                      key={key}
                      scope="col"
                      aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                    >
                      <button type="button" className="sort" onClick={() => toggle(key)}>
                        {t(`matrix.pairs.col.${key}` as MessageKey)}
                        <span aria-hidden="true">{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {found.slice(0, limit).map((p) => (
                  <tr key={`${p.a}-${p.b}`}>
                    <td>{skills[p.a].name}</td>
                    <td>{skills[p.b].name}</td>
                    <td className="num">{p.both}</td>
                    <td className="num">{percent.format(pairShare(p.both, counts.holders[p.a]))}</td>
                    <td className="num">{percent.format(pairShare(p.both, counts.holders[p.b]))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {found.length > limit && (
            <button type="button" onClick={() => setLimit((n) => n + SHOWN_PAIRS)}>
              {t('matrix.pairs.more', { count: Math.min(SHOWN_PAIRS, found.length - limit) })}
            </button>
          )}
        </>
      )}
    </>
  );
}
