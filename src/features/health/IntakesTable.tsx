// A table of the intakes comparison: header buttons sort it (with `aria-sort`, like the gap table), the first
// rows are shown and "Show more" brings the rest in steps, so a large club never renders thousands of rows.
import { useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../store/ui';

export interface IntakesColumn<R> {
  key: string;
  label: string;
  cell: (row: R) => ReactNode;
  /** Ascending order; a column without one does not sort. */
  compare?: (a: R, b: R) => number;
  /** Numbers: right-aligned, first click sorts largest first. */
  numeric?: boolean;
}

interface IntakesTableProps<R> {
  caption: string;
  columns: IntakesColumn<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  /** A row after the body (a total), not sorted with the rest. */
  foot?: ReactNode;
  className?: string;
  step?: number;
}

export function IntakesTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  foot,
  className,
  step = 25,
}: IntakesTableProps<R>) {
  const t = useT();
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(null);
  const [shown, setShown] = useState(step);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column?.compare) return rows;
    const compare = column.compare;
    // Stable: ties keep the comparison's own order.
    return [...rows].sort((a, b) => (sort.desc ? -compare(a, b) : compare(a, b)));
  }, [rows, columns, sort]);
  const toggle = (column: IntakesColumn<R>) =>
    setSort((s) =>
      s?.key === column.key
        ? { key: column.key, desc: !s.desc }
        : { key: column.key, desc: column.numeric === true },
    );
  const rest = sorted.length - shown;
  return (
    <div className="table-scroll">
      <table className={`gap-table intakes-table ${className ?? ''}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={
                    column.compare ? (active ? (sort.desc ? 'descending' : 'ascending') : 'none') : undefined
                  }
                >
                  {column.compare ? (
                    <button type="button" className="sort" onClick={() => toggle(column)}>
                      {column.label}
                      <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, i) =>
                i === 0 ? (
                  <th key={column.key} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'num' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
      {rest > 0 && (
        <button type="button" className="show-all" onClick={() => setShown((n) => n + step)}>
          {t('intakes.more', { count: Math.min(rest, step) })}
        </button>
      )}
    </div>
  );
}

/** A change as a signed number: "+2", "−1" (a real minus sign), "0". */
export function signed(n: number, format: (n: number) => string): string {
  if (n > 0) return `+${format(n)}`;
  if (n < 0) return `\u2212${format(-n)}`;
  return format(0);
}
