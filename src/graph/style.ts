// The graph's stylesheet: a module constant, so react-cytoscapejs never re-applies it.
import type { StylesheetJson } from 'cytoscape';
import type { MemberStatus, SkillStatus } from '../domain/types';
import {
  CATEGORY_FONT,
  LABEL_GAP,
  MEMBER_FONT,
  MEMBER_SIZE,
  SKILL_FONT,
  SKILL_LABEL_WIDTH,
  SKILL_SIZE,
} from './labels';

/** Skill status colours; the legend uses the same ones. */
export const statusColours: Readonly<Record<SkillStatus, string>> = {
  gap: '#d64545',
  single_holder: '#e0a100',
  covered: '#2e9e5b',
};

/** Member colours, for the legend as well. */
export const memberColours: Readonly<Record<MemberStatus, string>> = {
  ambassador: '#2f5fb3',
  employee: '#d5d9e0',
  alumni: '#9aa1ab',
};

const selectedOutline = '#1b2b4d';
export const uniqueColour = '#f2b705';

export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': SKILL_FONT,
      color: '#1f2933',
      // labels too small to read are not drawn at all: text is the costliest thing on the canvas
      'min-zoomed-font-size': 6,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'overlay-opacity': 0,
    },
  },
  {
    selector: 'node[kind = "category"]',
    style: {
      shape: 'round-rectangle',
      'background-color': '#5b7fbf',
      'background-opacity': 0.07,
      'border-width': 1,
      'border-color': '#5b7fbf',
      'border-opacity': 0.35,
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': CATEGORY_FONT,
      'font-weight': 'bold',
      color: '#3a4a66',
      'text-max-width': '320px',
      'text-margin-y': -2,
      padding: '12px',
    },
  },
  {
    selector: 'node[kind = "skill"]',
    style: {
      shape: 'ellipse',
      width: `mapData(target, 1, 10, ${SKILL_SIZE.min}, ${SKILL_SIZE.max})`,
      height: `mapData(target, 1, 10, ${SKILL_SIZE.min}, ${SKILL_SIZE.max})`,
      'border-width': 1,
      'border-color': '#ffffff',
      'text-valign': 'bottom',
      'text-margin-y': LABEL_GAP,
      // long names wrap onto a second line (layout.ts leaves room for it) rather than being cut
      'text-wrap': 'wrap',
      'text-max-width': `${SKILL_LABEL_WIDTH}px`,
      'text-halign': 'center',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'node[kind = "skill"][status = "gap"]', style: { 'background-color': statusColours.gap } },
  {
    selector: 'node[kind = "skill"][status = "single_holder"]',
    style: { 'background-color': statusColours.single_holder },
  },
  {
    selector: 'node[kind = "skill"][status = "covered"]',
    style: { 'background-color': statusColours.covered },
  },
  {
    selector: 'node[kind = "member"]',
    style: {
      width: MEMBER_SIZE,
      height: MEMBER_SIZE,
      'font-size': MEMBER_FONT,
      color: '#3e4c59',
      'text-valign': 'bottom',
      'text-margin-y': LABEL_GAP,
      'text-wrap': 'none',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.8,
    },
  },
  // in a crowd only the club's names are drawn; the others' appear on hover or selection
  { selector: 'node[kind = "member"][!named]', style: { label: '' } },
  {
    selector: 'node[kind = "member"][status = "ambassador"]',
    style: {
      shape: 'diamond',
      width: MEMBER_SIZE + 4,
      height: MEMBER_SIZE + 4,
      'background-color': memberColours.ambassador,
    },
  },
  {
    selector: 'node[kind = "member"][status = "employee"]',
    style: {
      shape: 'ellipse',
      'background-color': memberColours.employee,
      'border-width': 1.5,
      'border-color': '#7b8794',
    },
  },
  {
    selector: 'node[kind = "member"][status = "alumni"]',
    style: {
      shape: 'ellipse',
      'background-opacity': 0,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': memberColours.alumni,
    },
  },
  // an ambassador marked as leaving: the club's shape, hollow, since they no longer count
  {
    selector: 'node[kind = "member"][status = "leaving"]',
    style: {
      shape: 'diamond',
      width: MEMBER_SIZE + 4,
      height: MEMBER_SIZE + 4,
      'background-opacity': 0,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': memberColours.ambassador,
    },
  },
  // unique expertise: the only ambassador holding a skill gets a gold ring
  {
    selector: 'node[kind = "member"][?unique]',
    style: { 'border-width': 3, 'border-color': uniqueColour, 'border-style': 'solid', 'border-opacity': 1 },
  },
  {
    selector: 'edge',
    // links are quiet until a node is hovered or selected: the clusters carry the overview, not the lines
    style: { width: 0.7, 'line-color': '#c3c9d1', 'curve-style': 'haystack', opacity: 0.1 },
  },
  { selector: 'edge[?holds]', style: { width: 1, 'line-color': '#8a95a5', opacity: 0.16 } },
  { selector: '.highlighted', style: { opacity: 1, 'z-index': 10 } },
  { selector: 'edge.highlighted', style: { 'line-color': '#3e4c59', width: 1.4 } },
  { selector: 'edge[?holds].highlighted', style: { width: 2 } },
  // a highlighted or hovered person shows their name whatever the crowd
  {
    selector: 'node[kind = "member"].highlighted, node[kind = "member"].hover',
    style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 20 },
  },
  { selector: 'edge.hover', style: { opacity: 0.9, 'line-color': '#3e4c59', 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'edge.faded', style: { opacity: 0.04 } },
  // a faded category keeps its children visible: opacity would multiply down to them
  {
    selector: 'node[kind = "category"].faded',
    style: { opacity: 1, 'background-opacity': 0.02, 'border-opacity': 0.1, 'text-opacity': 0.3 },
  },
  // GraphCanvas owns the selection (its `selected` prop) and marks it with this class; cytoscape's own is off
  {
    selector: 'node.selected',
    style: {
      'border-width': 4,
      'border-color': selectedOutline,
      'border-style': 'solid',
      'border-opacity': 1,
      opacity: 1,
    },
  },
];
