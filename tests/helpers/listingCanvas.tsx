// A stand-in for the map's canvas in jsdom, where cytoscape cannot draw: it lists the people and skills it was given.
import type { GraphCanvasProps } from '../../src/graph/GraphCanvas';

export function ListingCanvas({ elements, ariaLabel }: GraphCanvasProps) {
  return (
    <ul aria-label={ariaLabel}>
      {elements.nodes.map((n) => (
        <li key={String(n.data.id)}>{`${String(n.data.kind)}: ${String(n.data.label)}`}</li>
      ))}
    </ul>
  );
}
