// Moving a keyboard cursor over the map's nodes: pure geometry on node positions, and the words a screen reader
// hears for the node under the cursor. GraphCanvas wires it to the arrow keys.
import type { Translate } from '../i18n/i18n';
import type { DrawnMemberStatus, MemberNodeData, SkillNodeData } from './elements';
import type { ActivityMark } from './labels';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

const KEYS: ReadonlyMap<string, Direction> = new Map([
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
]);

export function directionOfKey(key: string): Direction | null {
  return KEYS.get(key) ?? null;
}

/** How far the point lies ahead in the direction, and how far to the side (screen y grows downwards). */
function split(dx: number, dy: number, direction: Direction): { ahead: number; aside: number } {
  switch (direction) {
    case 'right':
      return { ahead: dx, aside: Math.abs(dy) };
    case 'left':
      return { ahead: -dx, aside: Math.abs(dy) };
    case 'down':
      return { ahead: dy, aside: Math.abs(dx) };
    case 'up':
      return { ahead: -dy, aside: Math.abs(dx) };
  }
}

/**
 * The node a key press moves to: among the nodes ahead of `from`, the nearest, with sideways distance counting
 * double so that the cursor keeps to the line it was asked to follow. Null when nothing lies that way.
 */
export function nearestInDirection(
  from: NavPoint,
  points: readonly NavPoint[],
  direction: Direction,
): string | null {
  let best: NavPoint | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const { ahead, aside } = split(p.x - from.x, p.y - from.y, direction);
    if (ahead <= 0) continue;
    const score = ahead + 2 * aside;
    // ties go to the smaller id, so the same map always moves the same way
    if (score < bestScore || (score === bestScore && best !== null && p.id < best.id)) {
      best = p;
      bestScore = score;
    }
  }
  return best?.id ?? null;
}

/** Where the cursor starts: the node nearest the middle of the view. */
export function nearestTo(centre: { x: number; y: number }, points: readonly NavPoint[]): string | null {
  let best: NavPoint | null = null;
  let bestDistance = Infinity;
  for (const p of points) {
    const d = Math.hypot(p.x - centre.x, p.y - centre.y);
    if (d < bestDistance || (d === bestDistance && best !== null && p.id < best.id)) {
      best = p;
      bestDistance = d;
    }
  }
  return best?.id ?? null;
}

const MEMBER_KINDS = {
  ambassador: 'legend.ambassador',
  employee: 'legend.employee',
  alumni: 'legend.alumni',
  leaving: 'legend.leaving',
} as const satisfies Record<DrawnMemberStatus, string>;

const STATUS_WORDS = {
  gap: 'status.gap',
  single_holder: 'status.single_holder',
  covered: 'status.covered',
} as const;

const ACTIVITY_WORDS = {
  overloaded: 'activity.state.overloaded',
  quiet: 'activity.state.quiet',
} as const satisfies Record<ActivityMark, string>;

/** What a screen reader says for the node under the cursor: "Python, skill, Gap, 2 of 3". */
export function describeNode(data: SkillNodeData | MemberNodeData, t: Translate): string {
  if (data.kind === 'skill') {
    return t('graph.kbd.skill', {
      name: data.label,
      status: t(STATUS_WORDS[data.status]),
      coverage: data.coverage,
      target: data.target,
    });
  }
  const kind = t(MEMBER_KINDS[data.status]);
  const description = t(data.unique ? 'graph.kbd.unique' : 'graph.kbd.member', { name: data.label, kind });
  return data.activity
    ? t('graph.kbd.activity', { description, state: t(ACTIVITY_WORDS[data.activity]) })
    : description;
}
