// The one component that knows cytoscape. Everything it draws comes from toElements();
// docs/architecture.md#graph says why it is written this way (the known react-cytoscapejs traps).
//
// react-cytoscapejs owns the cytoscape instance (created once, destroyed on unmount); the elements are synced
// here, not through its `elements` prop: new elements are added a few hundred per animation frame, because
// cytoscape styles what it adds in one go and two thousand elements at once block the page for half a second.
import { useEffect, useRef, useState, type JSX } from 'react';
import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import type { EntityRef } from '../domain/entities';
import { noteMapSync } from './drawnMap';
import type { GraphElements } from './elements';
import { nodeIdOf, parseNodeId } from './nodeIds';
import { graphStylesheet } from './style';

export interface GraphCanvasProps {
  elements: GraphElements;
  /** The entity to mark selected and to highlight with its neighbourhood (the rest gets .faded). */
  selected: EntityRef | null;
  /** Tap on a node → the entity it draws; tap on the background → null. */
  onSelect: (entity: EntityRef | null) => void;
  /** Incremented by the caller to ask for a fit. */
  fitRequest: number;
  ariaLabel: string;
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
    const note = noteMapSync(cy, [...elements.nodes, ...elements.edges]);
    let frame = 0;
    const addChunk = () => {
      if (cy.destroyed()) return;
      cy.add(toAdd.splice(0, CHUNK));
      note.firstChunkAt ??= performance.now();
      if (toAdd.length > 0) frame = requestAnimationFrame(addChunk);
      else {
        applySelection(cy, selectedRef.current);
        note.settledAt = performance.now();
      }
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

  return (
    <div role="application" aria-label={ariaLabel} style={fillParent}>
      <CytoscapeComponent
        key={large ? 'large' : 'small'}
        hideEdgesOnViewport={large}
        textureOnViewport={large}
        elements={NO_ELEMENTS}
        stylesheet={graphStylesheet}
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
