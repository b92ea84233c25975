import { describe, expect, test } from 'vitest';
import { moveInGrid } from './gridKeys';

const size = { rows: 101, cols: 42 };
const move = (row: number, col: number, key: string, ctrl = false) =>
  moveInGrid({ row, col }, key, ctrl, size, 20);

describe('grid keys', () => {
  test('arrows move one cell and stop at the edges', () => {
    expect(move(5, 5, 'ArrowUp')).toEqual({ row: 4, col: 5 });
    expect(move(5, 5, 'ArrowDown')).toEqual({ row: 6, col: 5 });
    expect(move(5, 5, 'ArrowLeft')).toEqual({ row: 5, col: 4 });
    expect(move(5, 5, 'ArrowRight')).toEqual({ row: 5, col: 6 });
    expect(move(0, 0, 'ArrowUp')).toEqual({ row: 0, col: 0 });
    expect(move(0, 0, 'ArrowLeft')).toEqual({ row: 0, col: 0 });
    expect(move(100, 41, 'ArrowDown')).toEqual({ row: 100, col: 41 });
    expect(move(100, 41, 'ArrowRight')).toEqual({ row: 100, col: 41 });
  });

  test('Home/End in the row, Ctrl+Home/End to the grid’s corners, pages by the rows in view', () => {
    expect(move(5, 5, 'Home')).toEqual({ row: 5, col: 0 });
    expect(move(5, 5, 'End')).toEqual({ row: 5, col: 41 });
    expect(move(5, 5, 'Home', true)).toEqual({ row: 0, col: 0 });
    expect(move(5, 5, 'End', true)).toEqual({ row: 100, col: 41 });
    expect(move(5, 5, 'PageDown')).toEqual({ row: 25, col: 5 });
    expect(move(90, 5, 'PageDown')).toEqual({ row: 100, col: 5 });
    expect(move(5, 5, 'PageUp')).toEqual({ row: 0, col: 5 });
  });

  test('other keys are not the grid’s', () => {
    expect(move(5, 5, 'a')).toBeNull();
    expect(move(5, 5, 'Tab')).toBeNull();
  });
});
