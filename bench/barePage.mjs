// `npm run bench`: the first visit's baseline. A page with only React and cytoscape (bench/bare) is built with
// the app's stylesheet and given the elements the app drew on its first visit; its first visits are measured as the
// app's are (bench/unattached.mjs), so a long task the libraries cost by themselves on this machine is told apart
// from one the app adds.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** What the app drew on a first visit (elements with their positions, and the viewport), as plain data. */
export async function firstVisitDrawing(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/?lang=ru&bench`);
  await page.waitForFunction(() => window.__expertiseMap?.map()?.settledAt != null, null, {
    timeout: 60_000,
  });
  const drawing = await page.evaluate(() => {
    const { cy, elements } = window.__expertiseMap.map();
    return { elements, zoom: cy.zoom(), pan: cy.pan() };
  });
  await context.close();
  return drawing;
}

/** Builds bench/bare into `outDir` with `drawing` beside it; returns the folder. */
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
