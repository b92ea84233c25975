// The Content-Security-Policy of the built app (docs/architecture.md#privacy): everything from the app's own
// origin, nothing from anywhere else, and no connection out. vite.config.ts puts it in the built index.html as a
// meta tag and sends it as a header from `vite preview`; the dev server (whose hot reload needs an inline script)
// runs without it.
import { createHash } from 'node:crypto';

/**
 * cytoscape inserts this one style element (so that its container is positioned); its hash lets exactly this text
 * in while every other inline style element stays refused.
 */
export const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy's directives; `frame-ancestors` only works as a header, so the meta tag leaves it out. */
/** @param {'meta' | 'header'} as */
export function contentSecurityPolicy(as) {
  const directives = [
    "default-src 'self'",
    // the cohort planner's solver is WebAssembly, compiled from the app's own file
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self' ${hash(CYTOSCAPE_STYLE)}`,
    // data: for the icon in index.html, blob: for a picture or file made on the page
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  if (as === 'header') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}
