import { describe, expect, test } from 'vitest';
import { translator } from '../i18n/i18n';
import { describeNode, directionOfKey, nearestInDirection, nearestTo, type NavPoint } from './keyboardNav';

//        a(0,-100)
// d(-100,0)  o(0,0)  b(100,0)   c(300,10)
//        e(20,100)   f(60,40)
const o: NavPoint = { id: 'o', x: 0, y: 0 };
const points: NavPoint[] = [
  o,
  { id: 'a', x: 0, y: -100 },
  { id: 'b', x: 100, y: 0 },
  { id: 'c', x: 300, y: 10 },
  { id: 'd', x: -100, y: 0 },
  { id: 'e', x: 20, y: 100 },
  { id: 'f', x: 60, y: 40 },
];

describe('nearestInDirection', () => {
  test('each arrow goes to the nearest node that way, screen y growing downwards', () => {
    expect(nearestInDirection(o, points, 'up')).toBe('a');
    expect(nearestInDirection(o, points, 'left')).toBe('d');
    expect(nearestInDirection(o, points, 'down')).toBe('e');
    // f is nearer in a straight line (72) but 40 aside; b lies on the line: 100 + 0 < 60 + 80
    expect(nearestInDirection(o, points, 'right')).toBe('b');
  });

  test('nothing that way gives null, and the node itself is never the answer', () => {
    expect(nearestInDirection({ id: 'c', x: 300, y: 10 }, points, 'right')).toBeNull();
    expect(nearestInDirection(o, [o], 'up')).toBeNull();
  });

  test('a node level with the cursor is not "ahead" of it', () => {
    const row: NavPoint[] = [o, { id: 'same', x: 0, y: 0 }, { id: 'below', x: 0, y: 5 }];
    expect(nearestInDirection(o, row, 'down')).toBe('below');
  });

  test('ties go to the smaller id, whatever the order of the nodes', () => {
    const twins: NavPoint[] = [o, { id: 'z', x: 50, y: 10 }, { id: 'y', x: 50, y: -10 }];
    expect(nearestInDirection(o, twins, 'right')).toBe('y');
    expect(nearestInDirection(o, [...twins].reverse(), 'right')).toBe('y');
  });
});

test('nearestTo picks the node closest to the point (the middle of the view)', () => {
  expect(nearestTo({ x: 90, y: 5 }, points)).toBe('b');
  expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
});

test('directionOfKey knows the four arrows only', () => {
  expect(directionOfKey('ArrowUp')).toBe('up');
  expect(directionOfKey('ArrowDown')).toBe('down');
  expect(directionOfKey('ArrowLeft')).toBe('left');
  expect(directionOfKey('ArrowRight')).toBe('right');
  expect(directionOfKey('Enter')).toBeNull();
  expect(directionOfKey('toString')).toBeNull();
});

describe('describeNode', () => {
  const en = translator('en');
  const ru = translator('ru');
  test('a skill: name, kind, status, holders of target', () => {
    const python = {
      id: 's:1',
      label: 'Python',
      kind: 'skill',
      status: 'gap',
      coverage: 2,
      target: 3,
      gap: 1,
    } as const;
    expect(describeNode(python, en)).toBe('Python, skill, Gap, 2 of 3');
    expect(describeNode(python, ru)).toBe('Python, навык, Пробел, 2 из 3');
  });

  test('a person: name and kind, and unique expertise when they have it', () => {
    const ann = {
      id: 'm:1',
      label: 'Ann',
      kind: 'member',
      status: 'ambassador',
      unique: true,
      named: true,
    } as const;
    expect(describeNode(ann, en)).toBe('Ann, Ambassador, unique expertise');
    expect(describeNode({ ...ann, unique: false, status: 'leaving' }, en)).toBe(
      'Ann, Ambassador marked as leaving (not counted)',
    );
  });
});
