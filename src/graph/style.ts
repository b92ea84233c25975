// The graph's stylesheets, one per theme: module constants, so react-cytoscapejs never re-applies one unasked.
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { palettes, type GraphPalette, type Theme } from './palette';
import {
  CATEGORY_FONT,
  drawnMemberLabel,
  LABEL_GAP,
  MEMBER_FONT,
  MEMBER_SIZE,
  SKILL_FONT,
  SKILL_LABEL_WIDTH,
  SKILL_SIZE,
} from './labels';

const stylesheetFor = (p: GraphPalette): StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': SKILL_FONT,
      color: p.label,
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
      'background-color': p.category,
      'background-opacity': 0.07,
      'border-width': 1,
      'border-color': p.category,
      'border-opacity': 0.35,
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': CATEGORY_FONT,
      'font-weight': 'bold',
      color: p.categoryLabel,
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
      'border-color': p.skillBorder,
      'text-valign': 'bottom',
      'text-margin-y': LABEL_GAP,
      // long names wrap onto a second line (layout.ts leaves room for it) rather than being cut
      'text-wrap': 'wrap',
      'text-max-width': `${SKILL_LABEL_WIDTH}px`,
      'text-halign': 'center',
      'text-outline-color': p.background,
      'text-outline-width': 2,
    },
  },
  { selector: 'node[kind = "skill"][status = "gap"]', style: { 'background-color': p.status.gap } },
  {
    selector: 'node[kind = "skill"][status = "single_holder"]',
    style: { 'background-color': p.status.single_holder },
  },
  {
    selector: 'node[kind = "skill"][status = "covered"]',
    style: { 'background-color': p.status.covered },
  },
  // the status without colour: a gap has a thick dashed border, a single holder a double one, covered a thin one
  {
    selector: 'node[kind = "skill"][status = "gap"]',
    style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': p.statusStroke },
  },
  {
    selector: 'node[kind = "skill"][status = "single_holder"]',
    style: { 'border-width': 4, 'border-style': 'double', 'border-color': p.statusStroke },
  },
  {
    selector: 'node[kind = "member"]',
    style: {
      width: MEMBER_SIZE,
      height: MEMBER_SIZE,
      'font-size': MEMBER_FONT,
      color: p.memberLabel,
      'text-valign': 'bottom',
      'text-margin-y': LABEL_GAP,
      'text-wrap': 'none',
      'text-outline-color': p.background,
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
      'background-color': p.member.ambassador,
    },
  },
  {
    selector: 'node[kind = "member"][status = "employee"]',
    style: {
      shape: 'ellipse',
      'background-color': p.member.employee,
      'border-width': 1.5,
      'border-color': p.employeeBorder,
    },
  },
  {
    selector: 'node[kind = "member"][status = "alumni"]',
    style: {
      shape: 'ellipse',
      'background-opacity': 0,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': p.member.alumni,
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
      'border-color': p.member.ambassador,
    },
  },
  // unique expertise: the only ambassador holding a skill gets a ring in a colour of its own
  {
    selector: 'node[kind = "member"][?unique]',
    style: { 'border-width': 3, 'border-color': p.unique, 'border-style': 'solid', 'border-opacity': 1 },
  },
  {
    selector: 'edge',
    // links are quiet until a node is hovered or selected: the clusters carry the overview, not the lines
    style: { width: 0.7, 'line-color': p.edge, 'curve-style': 'haystack', opacity: 0.1 },
  },
  // below the required level: dashed, so that "holds the skill" does not rest on thickness and colour alone
  { selector: 'edge[!holds]', style: { 'line-style': 'dashed', 'line-dash-pattern': [4, 3] } },
  { selector: 'edge[?holds]', style: { width: 1, 'line-color': p.edgeHolds, opacity: 0.16 } },
  { selector: '.highlighted', style: { opacity: 1, 'z-index': 10 } },
  { selector: 'edge.highlighted', style: { 'line-color': p.edgeHighlighted, width: 1.4 } },
  { selector: 'edge[?holds].highlighted', style: { width: 2 } },
  // a highlighted or hovered person shows their name whatever the crowd
  {
    selector: 'node[kind = "member"].highlighted, node[kind = "member"].hover',
    style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 20 },
  },
  // an overloaded or quiet ambassador (src/domain/activity.ts): a symbol before the drawn name, framed like a tag
  // (solid for overloaded, dashed for quiet), so a community architect sees whom to talk to without colour
  {
    selector:
      'node[kind = "member"][?named][activity], node[kind = "member"][activity].highlighted, node[kind = "member"][activity].hover',
    style: {
      label: (node: NodeSingular) => drawnMemberLabel(String(node.data('label')), node.data('activity')),
      'font-weight': 'bold',
      color: p.label,
      'text-background-color': p.background,
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'text-border-width': 1.5,
      'text-border-opacity': 1,
      'text-border-color': p.statusStroke,
      'text-border-style': 'solid',
    },
  },
  {
    selector: 'node[kind = "member"][activity = "overloaded"]',
    style: { 'text-border-width': 2, 'text-border-color': p.status.gap },
  },
  {
    selector: 'node[kind = "member"][activity = "quiet"]',
    style: { 'text-border-style': 'dashed' },
  },
  { selector: 'edge.hover', style: { opacity: 0.9, 'line-color': p.edgeHighlighted, 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'edge.faded', style: { opacity: 0.04 } },
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
      'background-color': p.background,
      'border-width': 2,
      'border-color': p.categoryLabel,
      'pie-size': '100%',
      'pie-1-background-color': p.status.gap,
      'pie-1-background-size': (node) => Number(node.data('gapShare')),
      'pie-2-background-color': p.status.single_holder,
      'pie-2-background-size': (node) => Number(node.data('singleShare')),
      'pie-3-background-color': p.status.covered,
      'pie-3-background-size': (node) => Number(node.data('coveredShare')),
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '170px',
      'font-weight': 'bold',
      'text-outline-color': p.background,
      'text-outline-width': 2,
    },
  },
  {
    selector: 'node[kind = "department"]',
    style: {
      shape: 'round-rectangle',
      width: 'mapData(size, 0, 100, 30, 90)',
      height: 'mapData(size, 0, 100, 20, 44)',
      'background-color': p.category,
      'background-opacity': 0.25,
      'border-width': 1.5,
      'border-color': p.categoryLabel,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '170px',
      'font-size': 12,
      'text-outline-color': p.background,
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
      'line-color': p.edgeHolds,
      'curve-style': 'straight',
      opacity: 0.45,
    },
  },
  // GraphCanvas owns the selection (its `selected` prop) and marks it with this class; cytoscape's own is off
  {
    selector: 'node.selected',
    style: {
      'border-width': 4,
      'border-color': p.selected,
      'border-style': 'solid',
      'border-opacity': 1,
      opacity: 1,
    },
  },
  // the keyboard cursor (src/graph/keyboardNav.ts): an outline outside whatever border the node has
  {
    selector: 'node.kbd-focus',
    style: {
      'outline-width': 4,
      'outline-style': 'solid',
      'outline-color': p.keyboard,
      'outline-offset': 2,
      'z-index': 20,
      'outline-opacity': 1,
      opacity: 1,
      'min-zoomed-font-size': 0,
    },
  },
];

const sheets: Readonly<Record<Theme, StylesheetJson>> = {
  light: stylesheetFor(palettes.light),
  dark: stylesheetFor(palettes.dark),
};

/** The stylesheet for a theme: the same object every time, so that nothing restyles the map unasked. */
export function graphStylesheet(theme: Theme): StylesheetJson {
  return sheets[theme];
}
