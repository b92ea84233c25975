// The graph's stylesheet: a module constant, so react-cytoscapejs never re-applies it.
import type { StylesheetJson } from 'cytoscape';
import type { MemberStatus, SkillStatus } from '../domain/types';

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
      'font-size': 13,
      color: '#1f2933',
      // labels too small to read are not drawn at all: text is the costliest thing on the canvas
      'min-zoomed-font-size': 7,
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
      'font-size': 14,
      'font-weight': 'bold',
      color: '#3a4a66',
      'text-max-width': '240px',
      padding: '16px',
    },
  },
  {
    selector: 'node[kind = "skill"]',
    style: {
      shape: 'ellipse',
      width: 'mapData(target, 1, 10, 22, 46)',
      height: 'mapData(target, 1, 10, 22, 46)',
      'border-width': 1,
      'border-color': '#ffffff',
      'text-valign': 'bottom',
      'text-margin-y': 3,
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
      width: 12,
      height: 12,
      'font-size': 9,
      color: '#3e4c59',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      // member names only once they are big enough to read; thousands of small labels are noise
      'min-zoomed-font-size': 10,
    },
  },
  {
    selector: 'node[kind = "member"][status = "ambassador"]',
    style: { shape: 'diamond', width: 15, height: 15, 'background-color': memberColours.ambassador },
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
      width: 15,
      height: 15,
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
    // links below the required level are context, not coverage: barely there until highlighted
    style: { width: 0.8, 'line-color': '#c3c9d1', 'curve-style': 'haystack', opacity: 0.35 },
  },
  { selector: 'edge[?holds]', style: { width: 1.6, 'line-color': '#8a95a5', opacity: 0.75 } },
  { selector: '.highlighted', style: { opacity: 1, 'z-index': 10 } },
  { selector: 'edge.highlighted', style: { 'line-color': '#3e4c59' } },
  { selector: 'node[kind = "member"].highlighted', style: { 'min-zoomed-font-size': 0 } },
  { selector: '.faded', style: { opacity: 0.12 } },
  // a faded category keeps its children visible: opacity would multiply down to them
  {
    selector: 'node[kind = "category"].faded',
    style: { opacity: 1, 'background-opacity': 0.02, 'border-opacity': 0.1, 'text-opacity': 0.3 },
  },
  // The organisation overview (src/graph/aggregate.ts): sizes are `size` 0–100 relative to the largest of a kind.
  // A category is a pie of its skills' statuses, so its share of gaps reads at a glance; its label says the counts.
  {
    selector: 'node[kind = "categorySummary"]',
    style: {
      shape: 'ellipse',
      width: 'mapData(size, 0, 100, 34, 96)',
      height: 'mapData(size, 0, 100, 34, 96)',
      'background-color': '#ffffff',
      'border-width': 2,
      'border-color': '#3a4a66',
      'pie-size': '100%',
      'pie-1-background-color': statusColours.gap,
      'pie-1-background-size': (node) => Number(node.data('gapShare')),
      'pie-2-background-color': statusColours.single_holder,
      'pie-2-background-size': (node) => Number(node.data('singleShare')),
      'pie-3-background-color': statusColours.covered,
      'pie-3-background-size': (node) => Number(node.data('coveredShare')),
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '170px',
      'font-weight': 'bold',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  {
    selector: 'node[kind = "department"]',
    style: {
      shape: 'round-rectangle',
      width: 'mapData(size, 0, 100, 30, 90)',
      height: 'mapData(size, 0, 100, 20, 44)',
      'background-color': '#5b7fbf',
      'background-opacity': 0.25,
      'border-width': 1.5,
      'border-color': '#3a4a66',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '170px',
      'font-size': 12,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  {
    selector: 'node[kind = "skill"][?summary]',
    style: {
      width: 'mapData(size, 0, 100, 18, 56)',
      height: 'mapData(size, 0, 100, 18, 56)',
      'text-wrap': 'wrap',
      'text-max-width': '150px',
    },
  },
  {
    selector: 'edge[kind = "aggregate"]',
    style: {
      width: 'mapData(size, 0, 100, 1, 9)',
      'line-color': '#8a95a5',
      'curve-style': 'straight',
      opacity: 0.45,
    },
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
