// A stand-in for the map's canvas in jsdom, where cytoscape cannot draw: a labelled image, nothing drawn.
// Used as `vi.mock('…/graph/GraphCanvas', () => import('…/tests/helpers/stubCanvas'))`.
export default function StubCanvas({ ariaLabel }: { ariaLabel: string }) {
  return <div role="img" aria-label={ariaLabel} />;
}
