// `npm run bench`: the first visit's baseline. A page with only React and cytoscape (bench/bare) is built with
// the app's stylesheet and given the elements the app drew on its first visit; its first visits are measured as the
// app's are (bench/unattached.mjs), so a long task the libraries cost by themselves on this machine is told apart
// from one the app adds.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/**
 * Builds bench/bare into `outDir` with `drawing` (what the app drew on a first visit: its elements and viewport,
 * from `firstVisit`) beside it; returns the folder.
 */
export async function buildBarePage(outDir, drawing) {
  const dir = path.resolve(outDir);
  await build({
    root: path.resolve(import.meta.dirname, 'bare'),
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir: dir, emptyOutDir: true },
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'elements.json'), JSON.stringify(drawing));
  return dir;
}
