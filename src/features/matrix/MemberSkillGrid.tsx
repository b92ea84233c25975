// The members × skills grid: an ARIA grid virtualised both ways (only the rows and columns in view are in the
// page), with a sticky header row and sticky name and department columns, and one roving tab stop.
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { Analysis } from '../../domain/analysis';
import type { MatrixModel, MatrixSort, MatrixSortKey } from '../../domain/matrix';
import { useT } from '../../store/ui';
import { moveInGrid, type GridPosition } from './gridKeys';
import { COL_W, DEPT_W, FIXED_COLS, FIXED_W, GridRow, NAME_W, ROW_H } from './GridRow';

const BAND_H = 22;
const HEADER_H = 130;
/** The size assumed before the grid is measured (and where there is no layout, as in tests). */
const UNMEASURED: Rect = { width: 1200, height: 640 };

// A container not laid out yet (or in a test without layout) measures 0 × 0: assume a usual size instead.
function observeOrAssume<T extends Element>(instance: Virtualizer<T, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) =>
    cb(rect.width === 0 && rect.height === 0 ? UNMEASURED : rect),
  );
}

/** The visible range plus the active index, so that the tab stop is always in the page. */
function rangeWith(active: number) {
  return (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    if (active >= 0 && active < range.count && !indexes.includes(active)) {
      indexes.push(active);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  };
}

export function MemberSkillGrid({
  analysis,
  model,
  sort,
  onSort,
  onOpenMember,
}: {
  analysis: Analysis;
  model: MatrixModel;
  sort: MatrixSort;
  onSort: (key: MatrixSortKey) => void;
  onOpenMember: (member: number) => void;
}) {
  const t = useT();
  const { skills } = analysis.workspace;
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const focusActive = useRef(false);
  const rowCount = model.rows.length;
  const colCount = model.columns.length;
  const size = { rows: rowCount + 1, cols: colCount + FIXED_COLS };
  // A new model (filter, sort) may have fewer rows or columns: keep the active cell inside.
  const at = { row: Math.min(active.row, size.rows - 1), col: Math.min(active.col, size.cols - 1) };

  const rows = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    paddingStart: HEADER_H,
    scrollPaddingStart: HEADER_H,
    overscan: 3,
    // A diagonal scroll moves both virtualisers: one batched render instead of two synchronous ones.
    useFlushSync: false,
    initialRect: UNMEASURED,
    observeElementRect: observeOrAssume,
    rangeExtractor: rangeWith(at.row - 1),
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: colCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => COL_W,
    paddingStart: FIXED_W,
    scrollPaddingStart: FIXED_W,
    overscan: 2,
    useFlushSync: false,
    initialRect: UNMEASURED,
    observeElementRect: observeOrAssume,
    rangeExtractor: rangeWith(at.col - FIXED_COLS),
  });

  // The category of each column, and where its run starts: the band above the skill names.
  const groupOf = useMemo(() => {
    const of = new Uint32Array(colCount);
    model.groups.forEach((g, i) => of.fill(i, g.start, g.start + g.count));
    return of;
  }, [model, colCount]);

  useLayoutEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    scroller.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
  });

  // Scrolls a moved-to cell into view (a sticky header or name column never covers it: scroll padding).
  const [scrollTo, setScrollTo] = useState<GridPosition | null>(null);
  useEffect(() => {
    if (!scrollTo) return;
    if (scrollTo.row > 0) rows.scrollToIndex(scrollTo.row - 1);
    if (scrollTo.col >= FIXED_COLS) cols.scrollToIndex(scrollTo.col - FIXED_COLS);
  }, [scrollTo, rows, cols]);

  const visibleRows = Math.max(
    1,
    Math.floor(((scroller.current?.clientHeight || UNMEASURED.height) - HEADER_H) / ROW_H),
  );

  const keyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      if (at.row === 0) {
        e.preventDefault();
        onSort(sortKeyOf(at.col));
      } else if (e.key === 'Enter') {
        e.preventDefault();
        onOpenMember(model.rows[at.row - 1]);
      }
      return;
    }
    const next = moveInGrid(at, e.key, e.ctrlKey || e.metaKey, size, visibleRows);
    if (!next) return;
    e.preventDefault();
    focusActive.current = true;
    setActive(next);
    setScrollTo(next);
  };

  const sortKeyOf = (col: number): MatrixSortKey =>
    col === 0
      ? { by: 'name' }
      : col === 1
        ? { by: 'department' }
        : { by: 'skill', skill: model.columns[col - FIXED_COLS] };
  const ariaSort = (col: number) => {
    const key = sortKeyOf(col);
    const same =
      key.by === sort.key.by &&
      (key.by !== 'skill' || (sort.key.by === 'skill' && key.skill === sort.key.skill));
    return same ? (sort.desc ? 'descending' : 'ascending') : undefined;
  };
  // The header's cells: position and the roving tab stop (a row's cells: GridRow).
  const cellProps = (col: number) => ({
    'aria-colindex': col + 1,
    tabIndex: at.row === 0 && col === at.col ? 0 : -1,
  });
  // A click (or any focus) on a cell makes it the active one; read from the cell's own indexes.
  const focusIn = (e: FocusEvent<HTMLDivElement>) => {
    const cell = e.target.closest('[aria-colindex]');
    const row = cell?.closest('[aria-rowindex]');
    if (!cell || !row) return;
    const next = {
      row: Number(row.getAttribute('aria-rowindex')) - 1,
      col: Number(cell.getAttribute('aria-colindex')) - 1,
    };
    if (next.row !== at.row || next.col !== at.col) setActive(next);
  };

  const totalWidth = cols.getTotalSize();
  const virtualCols = cols.getVirtualItems();
  // The same array while the columns in view stay the same, so that rows already drawn are not drawn again.
  const columnKey = virtualCols.map((c) => c.index).join();
  const columnsInView = useRef<{ key: string; columns: number[] }>({ key: '', columns: [] });
  if (columnsInView.current.key !== columnKey)
    columnsInView.current = { key: columnKey, columns: virtualCols.map((c) => c.index) };
  const columns = columnsInView.current.columns;
  const interestLabel = t('matrix.interest');
  // A category's label starts at its first column, or at the first column in view when that one is scrolled past.
  const bands = virtualCols.filter((c, i) => i === 0 || c.index === model.groups[groupOf[c.index]].start);

  return (
    <div
      ref={scroller}
      className="matrix-grid"
      role="grid"
      aria-label={t('matrix.grid')}
      aria-rowcount={size.rows}
      aria-colcount={size.cols}
      onKeyDown={keyDown}
      onFocus={focusIn}
    >
      <div className="matrix-canvas" style={{ height: rows.getTotalSize(), width: totalWidth }}>
        <div
          className="matrix-head"
          role="row"
          aria-rowindex={1}
          style={{ width: totalWidth, height: HEADER_H }}
        >
          {[t('matrix.col.name'), t('matrix.col.department')].map((label, col) => (
            <div
              key={col}
              role="columnheader"
              className="matrix-fixed matrix-colhead"
              style={{ left: col === 0 ? 0 : NAME_W, width: col === 0 ? NAME_W : DEPT_W }}
              aria-sort={ariaSort(col)}
              onClick={() => onSort(sortKeyOf(col))}
              {...cellProps(col)}
            >
              {label}
              <SortMark direction={ariaSort(col)} />
            </div>
          ))}
          {bands.map((c) => {
            const group = model.groups[groupOf[c.index]];
            const width = (group.start + group.count - c.index) * COL_W;
            return (
              <div
                key={`band-${group.start}`}
                className="matrix-band"
                aria-hidden="true"
                style={{ left: c.start, width, height: BAND_H }}
              >
                <span>{group.category || t('category.uncategorised')}</span>
              </div>
            );
          })}
          {virtualCols.map((c) => {
            const skill = skills[model.columns[c.index]];
            const col = c.index + FIXED_COLS;
            return (
              <div
                key={c.key}
                role="columnheader"
                className="matrix-skillhead"
                title={skill.category ? `${skill.name} · ${skill.category}` : skill.name}
                style={{ left: c.start, width: COL_W, top: BAND_H, height: HEADER_H - BAND_H }}
                aria-sort={ariaSort(col)}
                onClick={() => onSort(sortKeyOf(col))}
                {...cellProps(col)}
              >
                <span className="matrix-skillname">
                  {skill.name}
                  <SortMark direction={ariaSort(col)} />
                </span>
              </div>
            );
          })}
        </div>
        {rows.getVirtualItems().map((r) => (
          <GridRow
            key={r.key}
            analysis={analysis}
            model={model}
            row={r.index}
            top={r.start}
            width={totalWidth}
            columns={columns}
            activeCol={at.row === r.index + 1 ? at.col : -1}
            interestLabel={interestLabel}
          />
        ))}
      </div>
    </div>
  );
}

function SortMark({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  return (
    <span aria-hidden="true">
      {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
    </span>
  );
}
