// The one component that knows cytoscape. Everything it draws comes from toElements();
// docs/architecture.md#graph says why it is written this way (the known react-cytoscapejs traps).
//
// react-cytoscapejs owns the cytoscape instance (created once, destroyed on unmount); the elements are synced
// here, not through its `elements` prop, by elementSync.ts: changed ones in place, new ones a chunk per frame.
import { useEffect, useId, useRef, useState, type JSX, type RefObject } from 'react';
import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import type { DrillStep, EntityRef } from '../domain/entities';
import { noteMapSync } from './drawnMap';
import { addInChunks, updateInPlace } from './elementSync';
import type { GraphElements } from './elements';
import { CATEGORY_FONT } from './labels';
import { drawnBounds } from './layout';
import { nodeIdOf, parseNodeId } from './nodeIds';
import { graphStylesheet } from './style';
import type { Translate } from '../i18n/i18n';
import { canvasApiOf, type GraphCanvasApi } from './canvasApi';
import { describeNode, directionOfKey, nearestInDirection, nearestTo, type NavPoint } from './keyboardNav';
import type { Theme } from './palette';

export interface GraphCanvasProps {
  elements: GraphElements;
  /** The entity to mark selected and to highlight with its neighbourhood (the rest gets .faded). */
  selected: EntityRef | null;
  /** How many steps the selection's highlight reaches: the focus's steps when the focused node is selected. */
  reach?: 1 | 2;
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
  /** While true (an import runs over the map), elements still to come wait: the page's time is the import's. */
  paused?: boolean;
}

const fillParent = { width: '100%', height: '100%' } as const;
const NO_ELEMENTS: ElementDefinition[] = [];
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

/**
 * Highlights the selection's neighbourhood and fades the rest. With a reach of 2 (the focus's second step) the
 * next step's nodes are left as drawn, neither highlighted nor faded, and their links stay quiet.
 */
function applySelection(cy: Core, selectedId: string | null, reach: 1 | 2): void {
  cy.batch(() => {
    cy.$('.faded, .highlighted, .selected').removeClass('faded highlighted selected');
    const node = selectedId === null ? cy.collection() : cy.getElementById(selectedId);
    if (node.empty() || !node.isNode()) return;
    const near = neighbourhoodOf(node);
    near.addClass('highlighted');
    if (cy.elements().length <= FADE_LIMIT) {
      const kept = reach === 2 ? near.union(near.nodes().closedNeighborhood()) : near;
      cy.elements().difference(kept).addClass('faded');
    }
    node.addClass('selected');
  });
}

/** Room kept around the drawn area: category boxes' padding and the category names above them, and some air. */
const FIT_MARGIN = { x: 28, top: 28 + 1.4 * CATEGORY_FONT, bottom: 28 };

/**
 * Fits the view to the nodes and their labels (estimated: asking cytoscape for bounding boxes styles every
 * element). With `measure`, the canvas's size is read again first, as the panel beside it may have changed it;
 * without, the size cytoscape last read is used: reading it in the middle of a render makes the browser lay out
 * the page there and then, inside the same task, and the resize observer fits again if the size has changed.
 */
function fitTo(cy: Core, elements: GraphElements, measure = true) {
  const bounds = drawnBounds(elements.nodes);
  if (!bounds) return;
  if (measure) cy.resize();
  const width = bounds.maxX - bounds.minX + 2 * FIT_MARGIN.x;
  const height = bounds.maxY - bounds.minY + FIT_MARGIN.top + FIT_MARGIN.bottom;
  const zoom = Math.min(
    cy.maxZoom(),
    1.25, // a small graph is not blown up past where its labels look natural
    Math.max(cy.minZoom(), Math.min(cy.width() / width, cy.height() / height)),
  );
  const centreX = (bounds.minX + bounds.maxX) / 2;
  const centreY = (bounds.minY - FIT_MARGIN.top + bounds.maxY + FIT_MARGIN.bottom) / 2;
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * centreX, y: cy.height() / 2 - zoom * centreY } });
}

/** Hovering a node lights it, its links and its neighbours (whose names then show). */
function setHover(cy: Core, node: NodeSingular | null): void {
  cy.batch(() => {
    cy.$('.hover').removeClass('hover');
    if (node) node.closedNeighborhood().addClass('hover');
  });
}

/** A copy cytoscape may own (it mutates what it is given). */
export default function GraphCanvas({
  elements,
  selected,
  reach = 1,
  onSelect,
  fitRequest,
  ariaLabel,
  theme,
  t,
  onReady,
  paused = false,
}: GraphCanvasProps): JSX.Element {
  const [cy, setCy] = useState<Core | null>(null);
  // A string, so that an equal reference in a new object does not restyle the selection again.
  const selectedId = selected === null ? null : nodeIdOf(selected);
  const onSelectRef = useRef(onSelect);
  const selectedRef = useRef(selectedId);
  const reachRef = useRef(reach);
  const pausedRef = useRef(paused);
  const fitted = useRef<{ cy: Core; signature: string } | null>(null);
  const elementsRef = useRef(elements);
  /** The user panned or zoomed since the view was last fitted: a resize then keeps their view. */
  const moved = useRef(false);
  // Init-only cytoscape options: crossing the size threshold mounts a new instance.
  const large = elements.nodes.length + elements.edges.length > LARGE;

  useEffect(() => {
    onSelectRef.current = onSelect;
    selectedRef.current = selectedId;
    reachRef.current = reach;
    pausedRef.current = paused;
    elementsRef.current = elements;
  }, [onSelect, selectedId, reach, paused, elements]);

  // The canvas changes size with the window and the panel beside it: cytoscape only learns of it when told,
  // and a view the user has not moved since it was fitted is fitted again, so nothing ends up out of sight.
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container || typeof ResizeObserver === 'undefined') return;
    const onMove = () => {
      moved.current = true;
    };
    const observer = new ResizeObserver(() => {
      // hidden behind another tab: nothing to fit into; the view is fitted again when the map is back
      if (cy.destroyed() || container.clientWidth === 0 || container.clientHeight === 0) return;
      if (moved.current) cy.resize();
      else fitTo(cy, elementsRef.current);
    });
    observer.observe(container);
    cy.on('dragpan scrollzoom pinchzoom', onMove);
    return () => {
      observer.disconnect();
      cy.removeListener('dragpan scrollzoom pinchzoom', onMove);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    const onTapNode = (event: EventObject) => {
      const entity = parseNodeId(String(event.target.id()));
      if (entity) onSelectRef.current(entity);
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    };
    const onOver = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (!node.isParent()) setHover(cy, node);
    };
    const onOut = () => setHover(cy, null);
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', onTapBackground);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    return () => {
      cy.removeListener('tap', 'node', onTapNode);
      cy.removeListener('tap', onTapBackground);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
    };
  }, [cy]);

  // Sync the drawn elements with `elements`: remove, move and relabel at once, add in chunks.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const toAdd = updateInPlace(cy, elements);
    const signature = idSignature(elements);
    if (fitted.current?.cy !== cy || fitted.current.signature !== signature) {
      fitted.current = { cy, signature };
      moved.current = false;
      fitTo(cy, elements, false);
    }
    const note = noteMapSync(cy, [...elements.nodes, ...elements.edges]);
    return addInChunks(cy, toAdd, {
      added: () => (note.firstChunkAt ??= performance.now()),
      paused: () => pausedRef.current,
      settled: () => {
        applySelection(cy, selectedRef.current, reachRef.current);
        note.settledAt = performance.now();
      },
    });
  }, [cy, elements]);

  useEffect(() => {
    if (cy && !cy.destroyed()) applySelection(cy, selectedId, reach);
  }, [cy, selectedId, reach]);

  useEffect(() => {
    if (cy && !cy.destroyed() && fitRequest > 0) {
      moved.current = false;
      fitTo(cy, elements);
    }
    // only an explicit request fits again; new elements fit through the sync above
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, fitRequest]);

  const wrapper = useRef<HTMLDivElement>(null);
  const announcement = useKeyboardCursor(cy, wrapper, t, onSelectRef);
  const hintId = useId();

  useEffect(() => {
    if (!cy || !onReady) return;
    onReady(canvasApiOf(cy, theme));
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
 * Enter selects it as a tap would, Escape clears it (and the selection, when it is the selected node or there is no cursor). Returns the words the
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
        // on the node just opened with Enter, one Escape closes what it opened as well
        const opened = current?.hasClass('selected') ?? false;
        if (current) place(null);
        if (!current || opened) onSelectRef.current(null);
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
