// The one component that knows cytoscape. Everything it draws comes from toElements();
// docs/architecture.md#graph says why it is written this way (the known react-cytoscapejs traps).
//
// react-cytoscapejs owns the cytoscape instance (created once, destroyed on unmount); the elements are synced
// here, not through its `elements` prop: new elements are added a few hundred per animation frame, because
// cytoscape styles what it adds in one go and two thousand elements at once block the page for half a second.
import { useEffect, useId, useRef, useState, type JSX, type RefObject } from 'react';
import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import type { DrillStep, EntityRef } from '../domain/entities';
import type { GraphElements } from './elements';
import { nodeIdOf, parseNodeId } from './nodeIds';
import { graphStylesheet } from './style';
import type { Translate } from '../i18n/i18n';
import type { GraphCanvasApi } from './canvasApi';
import { describeNode, directionOfKey, nearestInDirection, nearestTo, type NavPoint } from './keyboardNav';
import { palettes, type Theme } from './palette';

export interface GraphCanvasProps {
  elements: GraphElements;
  /** The entity to mark selected and to highlight with its neighbourhood (the rest gets .faded). */
  selected: EntityRef | null;
  /** Tap on a node → the entity (or, in the overview, department) it draws; tap on the background → null. */
  onSelect: (entity: DrillStep | null) => void;
  /** Incremented by the caller to ask for a fit. */
  fitRequest: number;
  ariaLabel: string;
  theme: Theme;
  /** Words for the keyboard cursor's announcements and the keyboard hint. */
  t: Translate;
  /** Receives what the map offers (a PNG of it) once it is drawn, and null when it goes. */
  onReady?: (api: GraphCanvasApi | null) => void;
}

const fillParent = { width: '100%', height: '100%' } as const;
const NO_ELEMENTS: ElementDefinition[] = [];
/** Elements added per animation frame. */
const CHUNK = 300;
/** Above this many elements a selection highlights its neighbourhood without restyling everything else. */
const FADE_LIMIT = 900;
/** Above this many elements edges are hidden while the view pans or zooms. */
const LARGE = 1200;

/** Ids in a canonical order: the view is fitted again only when this changes. */
function idSignature(elements: GraphElements): string {
  return [...elements.nodes, ...elements.edges]
    .map((e) => String(e.data.id))
    .sort()
    .join('\n');
}

/** The selected node with what it links to; for a category, its skills and theirs. */
function neighbourhoodOf(node: NodeSingular) {
  const core = node.isParent() ? node.children().union(node) : node;
  return core.closedNeighborhood().union(core.ancestors());
}

function applySelection(cy: Core, selectedId: string | null): void {
  cy.batch(() => {
    cy.$('.faded, .highlighted, .selected').removeClass('faded highlighted selected');
    const node = selectedId === null ? cy.collection() : cy.getElementById(selectedId);
    if (node.empty() || !node.isNode()) return;
    const near = neighbourhoodOf(node);
    near.addClass('highlighted');
    if (cy.elements().length <= FADE_LIMIT) cy.elements().difference(near).addClass('faded');
    node.addClass('selected');
  });
}

/** Fits the view to the given positions without asking cytoscape for bounding boxes (that styles every element). */
function fitTo(cy: Core, elements: GraphElements) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of elements.nodes) {
    if (!n.position) continue;
    minX = Math.min(minX, n.position.x);
    maxX = Math.max(maxX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxY = Math.max(maxY, n.position.y);
  }
  if (!Number.isFinite(minX)) return;
  const margin = 60; // room for labels and category boxes around the outermost nodes
  const width = Math.max(1, maxX - minX + 2 * margin);
  const height = Math.max(1, maxY - minY + 2 * margin);
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(cy.width() / width, cy.height() / height)),
  );
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (zoom * (minX + maxX)) / 2, y: cy.height() / 2 - (zoom * (minY + maxY)) / 2 },
  });
}

/** A copy cytoscape may own (it mutates what it is given). */
function copy(e: ElementDefinition): ElementDefinition {
  return e.position
    ? { group: e.group, data: { ...e.data }, position: { ...e.position } }
    : { group: e.group, data: { ...e.data } };
}

export default function GraphCanvas({
  elements,
  selected,
  onSelect,
  fitRequest,
  ariaLabel,
  theme,
  t,
  onReady,
}: GraphCanvasProps): JSX.Element {
  const [cy, setCy] = useState<Core | null>(null);
  // A string, so that an equal reference in a new object does not restyle the selection again.
  const selectedId = selected === null ? null : nodeIdOf(selected);
  const onSelectRef = useRef(onSelect);
  const selectedRef = useRef(selectedId);
  const fitted = useRef<{ cy: Core; signature: string } | null>(null);
  // Init-only cytoscape options: crossing the size threshold mounts a new instance.
  const large = elements.nodes.length + elements.edges.length > LARGE;

  useEffect(() => {
    onSelectRef.current = onSelect;
    selectedRef.current = selectedId;
  }, [onSelect, selectedId]);

  useEffect(() => {
    if (!cy) return;
    const onTapNode = (event: EventObject) => {
      const entity = parseNodeId(String(event.target.id()));
      if (entity) onSelectRef.current(entity);
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    };
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', onTapBackground);
    return () => {
      cy.removeListener('tap', 'node', onTapNode);
      cy.removeListener('tap', onTapBackground);
    };
  }, [cy]);

  // Sync the drawn elements with `elements`: remove, move and relabel at once, add in chunks.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const wanted = new Map<string, ElementDefinition>();
    for (const e of elements.nodes) wanted.set(String(e.data.id), e);
    for (const e of elements.edges) wanted.set(String(e.data.id), e);
    const toAdd: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      for (const [id, def] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.empty()) toAdd.push(copy(def));
        else if (existing.isNode() && (existing.data('parent') ?? null) !== (def.data.parent ?? null)) {
          // cytoscape ignores `parent` in data(): a node that changes category box is drawn again in the new one
          existing.remove();
          toAdd.push(copy(def));
        } else {
          // only what changed: a data write restyles the element
          const data = existing.data() as Record<string, unknown>;
          if (Object.entries(def.data).some(([k, v]) => data[k] !== v)) existing.data({ ...def.data });
          const p = def.position;
          if (p && existing.isNode() && !existing.isParent()) {
            const now = existing.position();
            if (now.x !== p.x || now.y !== p.y) existing.position({ ...p });
          }
        }
      }
    });
    const signature = idSignature(elements);
    if (fitted.current?.cy !== cy || fitted.current.signature !== signature) {
      fitted.current = { cy, signature };
      fitTo(cy, elements);
    }
    let frame = 0;
    const addChunk = () => {
      if (cy.destroyed()) return;
      cy.add(toAdd.splice(0, CHUNK));
      if (toAdd.length > 0) frame = requestAnimationFrame(addChunk);
      else applySelection(cy, selectedRef.current);
    };
    addChunk();
    return () => cancelAnimationFrame(frame);
  }, [cy, elements]);

  useEffect(() => {
    if (cy && !cy.destroyed()) applySelection(cy, selectedId);
  }, [cy, selectedId]);

  useEffect(() => {
    if (cy && !cy.destroyed() && fitRequest > 0) fitTo(cy, elements);
    // only an explicit request fits again; new elements fit through the sync above
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, fitRequest]);

  const wrapper = useRef<HTMLDivElement>(null);
  const announcement = useKeyboardCursor(cy, wrapper, t, onSelectRef);
  const hintId = useId();

  useEffect(() => {
    if (!cy || !onReady) return;
    const background = palettes[theme].background;
    onReady({ png: () => cy.png({ full: true, scale: 2, bg: background, output: 'blob-promise' }) });
    return () => onReady(null);
  }, [cy, theme, onReady]);

  return (
    <div
      ref={wrapper}
      role="application"
      aria-label={ariaLabel}
      aria-describedby={hintId}
      tabIndex={0}
      className="graph-canvas"
      style={fillParent}
    >
      <span id={hintId} className="visually-hidden">
        {t('graph.keyboardHint')}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
      <CytoscapeComponent
        key={large ? 'large' : 'small'}
        hideEdgesOnViewport={large}
        textureOnViewport={large}
        elements={NO_ELEMENTS}
        stylesheet={graphStylesheet(theme)}
        cy={(instance) => {
          // called on every render: remember the instance once
          if (instance !== cy) setCy(instance);
        }}
        style={fillParent}
        minZoom={0.05}
        maxZoom={3}
        boxSelectionEnabled={false}
        autounselectify // selection is controlled by selectedId, so cytoscape's tap-selection must not drift from it
      />
    </div>
  );
}

/** The rendered point of the view's middle, in model coordinates. */
function viewCentre(cy: Core) {
  const pan = cy.pan();
  const zoom = cy.zoom();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

/** Pans just enough to bring the node back into view. */
function keepInView(cy: Core, node: NodeSingular) {
  const margin = 40;
  const p = node.renderedPosition();
  const dx = p.x < margin ? margin - p.x : p.x > cy.width() - margin ? cy.width() - margin - p.x : 0;
  const dy = p.y < margin ? margin - p.y : p.y > cy.height() - margin ? cy.height() - margin - p.y : 0;
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}

/**
 * The keyboard cursor (docs/architecture.md#graph): arrow keys move `.kbd-focus` to the nearest node that way,
 * Enter selects it as a tap would, Escape clears it (or, with no cursor, the selection). Returns the words the
 * live region announces for the node under the cursor.
 */
function useKeyboardCursor(
  cy: Core | null,
  wrapper: RefObject<HTMLDivElement | null>,
  t: Translate,
  onSelectRef: RefObject<(entity: DrillStep | null) => void>,
): string {
  const [announcement, setAnnouncement] = useState('');
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);

  useEffect(() => {
    const element = wrapper.current;
    if (!cy || !element) return;
    let cursor: string | null = null;
    const place = (id: string | null) => {
      cy.$('.kbd-focus').removeClass('kbd-focus');
      cursor = id;
      const node = id === null ? cy.collection() : cy.getElementById(id);
      if (node.empty() || !node.isNode()) {
        cursor = null;
        setAnnouncement('');
        return;
      }
      node.addClass('kbd-focus');
      keepInView(cy, node);
      setAnnouncement(describeNode(node.data() as Parameters<typeof describeNode>[0], tRef.current));
    };
    // skills and people; a category box is the place they sit in, not a stop of its own
    const points = (): NavPoint[] => cy.nodes(':childless').map((n) => ({ id: n.id(), ...n.position() }));
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = directionOfKey(event.key);
      const found = cursor === null ? null : cy.getElementById(cursor);
      const current = found && found.nonempty() && found.isNode() ? (found as NodeSingular) : null;
      if (direction) {
        event.preventDefault();
        const all = points();
        if (!current) place(nearestTo(viewCentre(cy), all));
        else {
          const from = { id: current.id(), ...current.position() };
          place(nearestInDirection(from, all, direction) ?? from.id);
        }
      } else if (event.key === 'Enter' && current) {
        event.preventDefault();
        const entity = parseNodeId(current.id());
        if (entity) onSelectRef.current(entity);
      } else if (event.key === 'Escape') {
        if (current) place(null);
        else onSelectRef.current(null);
      }
    };
    const onBlur = () => place(null);
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('blur', onBlur);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('blur', onBlur);
      if (!cy.destroyed()) cy.$('.kbd-focus').removeClass('kbd-focus');
    };
  }, [cy, wrapper, onSelectRef]);

  return announcement;
}
