// The one component that knows cytoscape. Everything it draws comes from toElements(); see STYLE.md
// "Cytoscape with React, without the known traps" for why it is written this way.
import { useEffect, useMemo, useRef, type JSX } from 'react';
import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import type { GraphElements } from './elements';
import { graphStylesheet } from './style';


export interface GraphCanvasProps {
  elements: GraphElements;
  /** Node id to mark selected and to highlight with its neighbourhood (the rest gets .faded). */
  selectedId: string | null;
  /** Tap on a node → its id; tap on the background → null. */
  onSelect: (id: string | null) => void;
  /** Incremented by the caller to ask for a fit. */
  fitRequest: number;
  ariaLabel: string;
}

const fillParent = { width: '100%', height: '100%' } as const;

/** Ids in a canonical order: the view is fitted again only when this changes. */
function idSignature(elements: ElementDefinition[]): string {
  return elements
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
    const all = cy.elements();
    all.removeClass('faded highlighted selected');
    const node = selectedId === null ? cy.collection() : cy.getElementById(selectedId);
    if (node.empty() || !node.isNode()) return;
    const near = neighbourhoodOf(node);
    near.addClass('highlighted');
    all.difference(near).addClass('faded');
    node.addClass('selected');
  });
}

export default function GraphCanvas({ elements, selectedId, onSelect, fitRequest, ariaLabel }: GraphCanvasProps): JSX.Element {
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const laidOut = useRef<{ cy: Core; signature: string } | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // react-cytoscapejs hands cytoscape these objects and cytoscape mutates them: give it copies it may own.
  const cyElements = useMemo<ElementDefinition[]>(
    () =>
      [...elements.nodes, ...elements.edges].map((e) =>
        e.position ? { group: e.group, data: { ...e.data }, position: { ...e.position } } : { group: e.group, data: { ...e.data } },
      ),
    [elements],
  );

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const onTapNode = (event: EventObject) => onSelectRef.current(String(event.target.id()));
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    };
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', onTapBackground);
    return () => {
      cy.removeListener('tap', 'node', onTapNode);
      cy.removeListener('tap', onTapBackground);
    };
  }, []);

  // Positions come with the elements (layout.ts); here they are applied, and the view fitted when the set
  // of nodes changed. react-cytoscapejs does not move nodes that already exist, so every node is placed.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed()) return;
    const positions = new Map<string, { x: number; y: number }>();
    for (const e of cyElements) if (e.position) positions.set(String(e.data.id), e.position);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const p = positions.get(node.id());
        if (p && !node.isParent()) node.position(p);
      });
    });
    const signature = idSignature(cyElements);
    if (laidOut.current?.cy === cy && laidOut.current.signature === signature) return;
    laidOut.current = { cy, signature };
    cy.fit(undefined, 30);
  }, [cyElements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && !cy.destroyed()) applySelection(cy, selectedId);
  }, [cyElements, selectedId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && fitRequest > 0) cy.fit(undefined, 30);
  }, [fitRequest]);

  return (
    <div role="application" aria-label={ariaLabel} style={fillParent}>
      <CytoscapeComponent
        elements={cyElements}
        stylesheet={graphStylesheet}
        cy={(cy) => {
          cyRef.current = cy; // called on every render: only remember the instance
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
