// Every colour the map draws, one set per theme. The skill statuses follow the Okabe–Ito palette, which people
// with deuteranopia or protanopia can tell apart; the border carries the status as well (docs/architecture.md#graph).
// src/app/app.css repeats the status colours and the canvas background as CSS variables (a test keeps them equal).
import type { MemberStatus, SkillStatus } from '../domain/types';

export type Theme = 'light' | 'dark';

export interface GraphPalette {
  /** The canvas behind the map; also the background of an exported PNG. */
  background: string;
  label: string;
  memberLabel: string;
  categoryLabel: string;
  /** Category boxes: their outline and faint fill. */
  category: string;
  /** Skill fills, the same in tables' badges. */
  status: Readonly<Record<SkillStatus, string>>;
  /** The dashed (gap) and double (single holder) borders that say the status without colour. */
  statusStroke: string;
  /** The thin border of a covered skill, to set it off the edges under it. */
  skillBorder: string;
  member: Readonly<Record<MemberStatus, string>>;
  employeeBorder: string;
  /** The ring of the only ambassador holding a skill. */
  unique: string;
  edge: string;
  /** A link at or above the skill's required level. */
  edgeHolds: string;
  edgeHighlighted: string;
  selected: string;
  /** The keyboard cursor's outline. */
  keyboard: string;
}

export const palettes: Readonly<Record<Theme, GraphPalette>> = {
  light: {
    background: '#fbfcfd',
    label: '#1f2933',
    memberLabel: '#3e4c59',
    categoryLabel: '#3a4a66',
    category: '#5b7fbf',
    status: { gap: '#d55e00', single_holder: '#e69f00', covered: '#009e73' },
    statusStroke: '#1f2933',
    skillBorder: '#ffffff',
    member: { ambassador: '#0072b2', employee: '#d5d9e0', alumni: '#7d8896' },
    employeeBorder: '#7b8794',
    unique: '#cc79a7',
    edge: '#c3c9d1',
    edgeHolds: '#8a95a5',
    edgeHighlighted: '#3e4c59',
    selected: '#1b2b4d',
    keyboard: '#0b57d0',
  },
  dark: {
    background: '#171b22',
    label: '#e4e8ee',
    memberLabel: '#c5ccd6',
    categoryLabel: '#b7c6e6',
    category: '#7d9bd6',
    status: { gap: '#d55e00', single_holder: '#e69f00', covered: '#009e73' },
    statusStroke: '#f2f4f8',
    skillBorder: '#171b22',
    member: { ambassador: '#56b4e9', employee: '#5b6472', alumni: '#8a93a0' },
    employeeBorder: '#a3adbb',
    unique: '#cc79a7',
    edge: '#3a414d',
    edgeHolds: '#7f8a9a',
    edgeHighlighted: '#d0d6df',
    selected: '#ffffff',
    keyboard: '#8ab4f8',
  },
};

/** Text drawn on a status colour (the tables' badges): dark on all three fills, in both themes. */
export const onStatusText = '#000000';
