// Every ambassador's activity against their workload, sortable like the gap table: the state as a text badge with
// its reason beside it (never one without the other), and the skills only they hold. Long clubs are cut with
// "Show more".
import { useMemo, useState } from 'react';
import { activityRowOrder, type ActivityRow, type ActivityState } from '../../domain/activity';
import { uniqueSkillsOf } from '../../domain/unique';
import { ActivityBadge, activityReason } from '../../components/activityState';
import type { MessageKey } from '../../i18n/i18n';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useNumberFormat, useT, useUi } from '../../store/ui';

type SortKey =
  'default' | 'name' | 'department' | 'workload' | 'free' | 'activity' | 'expected' | 'state' | 'unique';

const COLUMNS: Exclude<SortKey, 'default'>[] = [
  'name',
  'department',
  'workload',
  'free',
  'activity',
  'expected',
  'state',
];
const NUMERIC = new Set<SortKey>(['workload', 'free', 'activity', 'expected', 'unique']);
const STATE_ORDER: Record<ActivityState, number> = { overloaded: 0, quiet: 1, steady: 2, thriving: 3 };
/** Rows drawn at first and added by each "Show more". */
export const SHOWN_ROWS = 50;

export function ActivityTable({
  rows,
  onOpenMember,
}: {
  rows: readonly ActivityRow[];
  onOpenMember: (key: string) => void;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const locale = useLocale();
  const fmt = useNumberFormat();
  const analysis = useAnalysis();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'default', desc: false });
  const [limit, setLimit] = useState(SHOWN_ROWS);
  const unique = useMemo(
    () => new Map(rows.map((r) => [r.member.key, uniqueSkillsOf(analysis, r.member.key)])),
    [analysis, rows],
  );

  const sorted = useMemo(() => {
    // the report order (state, then name) first, so that ties in any column keep it
    const base = [...rows].sort(activityRowOrder(analysis));
    if (sort.key === 'default') return base;
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    // unknown workload and activity sort below every number
    const num = (n: number | null) => (n === null ? -Infinity : n);
    const value: Record<Exclude<SortKey, 'default' | 'name' | 'department'>, (r: ActivityRow) => number> = {
      workload: (r) => num(r.workload),
      free: (r) => r.freeCapacity,
      activity: (r) => num(r.activity),
      expected: (r) => r.expected,
      state: (r) => STATE_ORDER[r.state],
      unique: (r) => unique.get(r.member.key)?.length ?? 0,
    };
    const key = sort.key;
    const compare = (a: ActivityRow, b: ActivityRow): number =>
      key === 'name'
        ? analysis.compareNames(a.member, b.member)
        : key === 'department'
          ? collator.compare(a.member.department, b.member.department)
          : value[key](a) - value[key](b) || 0;
    return base.sort((a, b) => (sort.desc ? -compare(a, b) : compare(a, b)));
  }, [rows, analysis, locale, sort, unique]);

  const toggle = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: NUMERIC.has(key) }));
  const header = (key: SortKey, label: MessageKey) => (
    <th key={key} aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => toggle(key)}>
        {t(label)}
        <span aria-hidden="true">{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  const dash = t('panel.unknown');
  const shown = sorted.slice(0, limit);

  return (
    <>
      <div className="table-scroll">
        <table className="gap-table activity-table">
          <thead>
            <tr>
              {COLUMNS.map((key) => header(key, `activity.col.${key}` as MessageKey))}
              <th>{t('activity.col.reason')}</th>
              {header('unique', 'activity.col.unique')}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const alone = unique.get(row.member.key) ?? [];
              return (
                <tr key={row.member.key} className={`activity-row-${row.state}`}>
                  <td>
                    <button type="button" className="link" onClick={() => onOpenMember(row.member.key)}>
                      {row.member.name}
                    </button>
                    {row.leaving && <span className="badge activity-leaving">{t('activity.leaving')}</span>}
                  </td>
                  <td>{row.member.department || dash}</td>
                  <td className="num">{row.workload === null ? dash : fmt.num(row.workload)}</td>
                  <td className="num">{fmt.num(row.freeCapacity)}</td>
                  <td className="num">{row.activity === null ? dash : fmt.num(row.activity)}</td>
                  <td className="num">{fmt.num(row.expected)}</td>
                  <td>
                    <ActivityBadge state={row.state} t={t} />
                  </td>
                  <td className="activity-reason">{activityReason(row, lang)}</td>
                  <td>{alone.length === 0 ? dash : alone.map((e) => e.skill.name).join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {sorted.length > limit && (
        <button type="button" className="button small" onClick={() => setLimit((n) => n + SHOWN_ROWS)}>
          {t('activity.more', { count: Math.min(SHOWN_ROWS, sorted.length - limit) })}
        </button>
      )}
    </>
  );
}
