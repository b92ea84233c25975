// The bench's baseline for a first visit: React renders a box, then cytoscape, loaded on demand as the app loads
// it, draws the elements the app drew on its first visit, at once, with the app's stylesheet and viewport. With
// `?only=load` it creates an empty cytoscape instance instead: the cost of the two libraries alone.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const settled = { settledAt: null };
window.__expertiseMap = { map: () => settled };

createRoot(document.getElementById('root')).render(
  createElement('div', { id: 'cy', style: { position: 'absolute', inset: 0 } }),
);

const loadOnly = new URLSearchParams(window.location.search).get('only') === 'load';
Promise.all([
  loadOnly ? null : fetch('./elements.json').then((response) => response.json()),
  import('cytoscape'),
  import('../../src/graph/style.ts'),
]).then(([drawn, { default: cytoscape }, { graphStylesheet }]) => {
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: drawn?.elements ?? [],
    style: graphStylesheet('light'),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autounselectify: true,
  });
  if (drawn) cy.viewport({ zoom: drawn.zoom, pan: drawn.pan });
  // drawn: a frame has been painted since
  requestAnimationFrame(() => setTimeout(() => (settled.settledAt = performance.now())));
});
