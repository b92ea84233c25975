// cytoscape-fcose ships no types: the extension is registered with cytoscape.use(fcose).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
