// One member's row of the matrix grid. Memoised on plain values (the row, its top, the columns in view, the active
// column), so that a vertical scroll renders only the rows that come into view.
import { memo } from 'react';
import type { Analysis } from '../../domain/analysis';
import { matrixCell, type MatrixModel } from '../../domain/matrix';

export const ROW_H = 28;
export const COL_W = 36;
export const NAME_W = 200;
export const DEPT_W = 150;
export const FIXED_W = NAME_W + DEPT_W;
/** Columns before the skills: name (0) and department (1). */
export const FIXED_COLS = 2;

export const GridRow = memo(function GridRow({
  analysis,
  model,
  row,
  top,
  width,
  columns,
  activeCol,
  interestLabel,
}: {
  analysis: Analysis;
  model: MatrixModel;
  /** The data row (0 = the first member). */
  row: number;
  top: number;
  width: number;
  /** Skill columns in the page, in order. */
  columns: readonly number[];
  /** The grid column holding the tab stop in this row, or -1. */
  activeCol: number;
  interestLabel: string;
}) {
  const member = analysis.workspace.members[model.rows[row]];
  const tab = (col: number) => (col === activeCol ? 0 : -1);
  return (
    <div role="row" aria-rowindex={row + 2} className="matrix-row" style={{ top, width, height: ROW_H }}>
      <div
        role="rowheader"
        aria-colindex={1}
        tabIndex={tab(0)}
        className="matrix-fixed matrix-name"
        style={{ left: 0, width: NAME_W }}
      >
        {member.name}
      </div>
      <div
        role="gridcell"
        aria-colindex={2}
        tabIndex={tab(1)}
        className="matrix-fixed matrix-dept"
        style={{ left: NAME_W, width: DEPT_W }}
      >
        {member.department}
      </div>
      {columns.map((column) => {
        const cell = matrixCell(analysis, model, row, column);
        return (
          <div
            key={column}
            role="gridcell"
            aria-colindex={column + FIXED_COLS + 1}
            tabIndex={tab(column + FIXED_COLS)}
            className={cell ? `matrix-cell matrix-level-${cell.level}` : 'matrix-cell'}
            style={{ left: FIXED_W + column * COL_W, width: COL_W }}
          >
            {cell?.level}
            {cell?.interest && (
              <>
                <span className="matrix-interest" aria-hidden="true">
                  ★
                </span>
                <span className="visually-hidden">, {interestLabel}</span>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
});
