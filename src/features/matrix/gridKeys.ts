// The grid's keyboard (the ARIA grid pattern): where the active cell goes on a key. Positions count the header row
// as row 0 and the name column as column 0, as aria-rowindex/aria-colindex do (minus one).

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridSize {
  /** Rows including the header row. */
  rows: number;
  /** Columns including the name and department columns. */
  cols: number;
}

/** The new active cell, or null when the key is not the grid's. `page`: rows a Page Up/Down moves. */
export function moveInGrid(
  at: GridPosition,
  key: string,
  ctrl: boolean,
  size: GridSize,
  page: number,
): GridPosition | null {
  const clampRow = (row: number) => Math.max(0, Math.min(size.rows - 1, row));
  const clampCol = (col: number) => Math.max(0, Math.min(size.cols - 1, col));
  switch (key) {
    case 'ArrowUp':
      return { ...at, row: clampRow(at.row - 1) };
    case 'ArrowDown':
      return { ...at, row: clampRow(at.row + 1) };
    case 'ArrowLeft':
      return { ...at, col: clampCol(at.col - 1) };
    case 'ArrowRight':
      return { ...at, col: clampCol(at.col + 1) };
    case 'PageUp':
      return { ...at, row: clampRow(at.row - Math.max(1, page)) };
    case 'PageDown':
      return { ...at, row: clampRow(at.row + Math.max(1, page)) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { ...at, col: 0 };
    case 'End':
      return ctrl ? { row: size.rows - 1, col: size.cols - 1 } : { ...at, col: size.cols - 1 };
    default:
      return null;
  }
}
