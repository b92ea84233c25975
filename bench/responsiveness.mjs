// `npm run bench`, the page's responsiveness: the first visit's longest main-thread task, an import chosen right
// after load against one chosen when idle, the map at organisation scale against bare cytoscape given the same
// elements and positions (drawing, and frames per second while panning and zooming), and the JS each view loads.
// Everything the map drew is read through the bench hook (`?bench`), so whatever the map shows is measured.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Records long tasks from navigation on; the report's first painted frame (as run-bench.mjs times it). */
export function installProbes() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Every map the app draws, with the end of the frame that drew its last chunk: checked once per frame.
  // cytoscape draws a chunk in the frame it was added in or in the next one; a task queued from the next frame's
  // callback runs once that frame is painted.
  window.__mapDraws = [];
  const seen = new WeakSet();
  const watch = (frameStart) => {
    const map = window.__expertiseMap?.map();
    if (map && map.settledAt != null && !seen.has(map)) {
      seen.add(map);
      const record = () =>
        setTimeout(() =>
          window.__mapDraws.push({
            elements: map.elements.length,
            startedAt: map.startedAt,
            firstChunkAt: map.firstChunkAt,
            drawnAt: performance.now(),
          }),
        );
      if (map.settledAt <= frameStart) record();
      else requestAnimationFrame(record);
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/** A small expertise list in Windows-1251, as Excel saves it in Russia. */
export function writeWindows1251File(path, rows = 300) {
  const lines = ['ФИО;Навык;Уровень'];
  for (let i = 0; i < rows; i++) lines.push(`Сотрудник Пробный ${i % 60};Навык ${i % 25};${1 + (i % 5)}`);
  const text = lines.join('\r\n') + '\r\n';
  const bytes = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else if (c >= 0x410 && c <= 0x44f) bytes.push(c - 0x410 + 0xc0);
    else if (c === 0x401) bytes.push(0xa8);
    else if (c === 0x451) bytes.push(0xb8);
    else bytes.push(0x3f);
  }
  writeFileSync(path, Buffer.from(bytes));
}

/** The sample map on a first visit: the longest task from navigation until the map has settled. */
export async function firstVisit(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(installProbes);
  await page.goto(`${base}/?lang=ru&bench`);
  await page.waitForFunction(() => window.__expertiseMap?.map()?.settledAt != null, null, {
    timeout: 60_000,
  });
  // Settled: a frame painted after the last chunk was added (cytoscape styles and draws in that frame's task).
  const settled = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))),
  );
  await page.waitForTimeout(1000); // a long task is reported once it has ended
  const result = await page.evaluate((at) => {
    const tasks = window.__longTasks.filter((t) => t.start <= at);
    // what was drawn, as plain data: the bare first-visit page (bench/barePage.mjs) draws the same
    const { cy, elements } = window.__expertiseMap.map();
    return {
      settledMs: at,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      tasks: tasks.map((t) => `${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)}`),
      drawing: { elements, zoom: cy.zoom(), pan: cy.pan() },
    };
  }, settled);
  await context.close();
  return result;
}

/** A small Windows-1251 file chosen `delayMs` after the page's load event: file chosen → report painted. */
export async function importAt(browser, base, file, delayMs) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener(
      'change',
      (e) => {
        if (e.target instanceof HTMLInputElement && e.target.type === 'file')
          window.__chosenAt = performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (window.__reportAt !== undefined || window.__chosenAt === undefined) return;
      if (!document.querySelector('[role=dialog] h2')) return;
      window.__reportAt = -1;
      requestAnimationFrame(() => setTimeout(() => (window.__reportAt = performance.now())));
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${base}/?lang=ru&bench`, { waitUntil: 'load' });
  const input = page.getByLabel('Импорт CSV');
  await input.waitFor({ state: 'attached' });
  const loadedAt = await page.evaluate(
    () => performance.timing.loadEventEnd - performance.timing.navigationStart,
  );
  await page.waitForFunction((at) => performance.now() >= at, loadedAt + delayMs);
  await input.setInputFiles(file);
  await page.waitForFunction(() => window.__reportAt > 0, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__reportAt - window.__chosenAt);
  await context.close();
  return ms;
}

/**
 * After an import at organisation scale, with its report painted: closes the report, times the map until its
 * last chunk is drawn, then frames per second while panning and zooming it; then the same elements and positions
 * drawn by bare cytoscape in the same page (same stylesheet, same viewport options), timed and panned alike.
 */
export async function mapAgainstBare(page, closeReport) {
  // The map of the new workspace is drawn behind the import report, once the report is painted (the probes above
  // record when). Closing the report is timed in the page from the click's event to the end of the first frame
  // painted without the report in which the map is drawn, so none of Playwright's round trips is counted.
  await page.evaluate(() => {
    window.__closedAt = null;
    window.__mapDrawn = null;
    document.addEventListener('click', () => (window.__closedAt = performance.now()), {
      capture: true,
      once: true,
    });
    const watch = () => {
      const t = window.__closedAt;
      const open = document.querySelector('[role=dialog]') !== null;
      const map = window.__expertiseMap.map();
      const draw = window.__mapDraws.at(-1);
      // the new workspace's map: one whose sync started after the file was chosen (when known)
      const fresh = map && map.startedAt > (window.__chosenAt ?? -Infinity);
      if (t === null || open || !fresh || map.settledAt == null || !draw || draw.startedAt !== map.startedAt)
        return requestAnimationFrame(watch);
      // this frame paints the page without the report, with the map as drawn (or drawing its last chunk)
      setTimeout(() => {
        const shownAt = Math.max(performance.now(), draw.drawnAt);
        window.__mapDrawn = {
          elements: draw.elements,
          drawnBeforeClose: draw.drawnAt <= t,
          // from the report painted to the map drawn behind it (the analysis, the elements, cytoscape)
          behindReportMs: draw.drawnAt - (window.__reportAt ?? NaN),
          syncToDrawnMs: draw.drawnAt - draw.startedAt,
          drawnMs: shownAt - t,
        };
      });
    };
    requestAnimationFrame(watch);
  });
  await closeReport();
  await page.waitForFunction(() => window.__mapDrawn !== null, null, { timeout: 120_000 });
  // a long task is reported once it has ended: the longest from the report painted (or the click, when not known),
  // or from a task still running then, to the map on screen, read a second later
  await page.waitForTimeout(1000);
  const app = await page.evaluate(() => {
    const drawn = window.__mapDrawn;
    const from = Math.min(window.__closedAt, window.__reportAt ?? window.__closedAt);
    const until = window.__closedAt + drawn.drawnMs;
    const tasks = window.__longTasks.filter((x) => x.start + x.duration >= from && x.start <= until);
    return { ...drawn, drawTaskMs: Math.max(0, ...tasks.map((x) => x.duration)) };
  });
  const appFps = await panAndZoom(page, '.map-canvas');

  const bareMs = await page.evaluate(async () => {
    const hook = window.__expertiseMap;
    const { cytoscape, stylesheet } = await hook.cytoscape();
    const drawn = hook.map();
    const box = document.querySelector('.map-canvas').getBoundingClientRect();
    const container = document.createElement('div');
    container.id = 'bare-cytoscape';
    Object.assign(container.style, {
      position: 'fixed',
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      background: 'white',
      zIndex: 10000,
    });
    document.body.appendChild(container);
    const large = drawn.elements.length > 1200;
    const elements = drawn.elements.map((e) => ({
      group: e.group,
      data: { ...e.data },
      ...(e.position ? { position: { ...e.position } } : {}),
    }));
    const t0 = performance.now();
    window.__bare = cytoscape({
      container,
      elements,
      style: stylesheet,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autounselectify: true,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
    });
    window.__bare.viewport({ zoom: drawn.cy.zoom(), pan: drawn.cy.pan() });
    return new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0))),
    );
  });
  await page.waitForTimeout(1000);
  const bareFps = await panAndZoom(page, '#bare-cytoscape');
  await page.evaluate(() => {
    window.__bare.destroy();
    document.getElementById('bare-cytoscape').remove();
  });
  return { ...app, appFps, bareMs, bareFps };
}

/** Frames per second (requestAnimationFrame callbacks) while the mouse drags and wheels over `selector`. */
async function panAndZoom(page, selector) {
  const box = await page.locator(selector).boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    window.__frames = 0;
    window.__framesFrom = performance.now();
    const count = () => {
      window.__frames++;
      if (window.__framesOn) requestAnimationFrame(count);
    };
    window.__framesOn = true;
    requestAnimationFrame(count);
  });
  for (let round = 0; round < 3; round++) {
    await page.mouse.down();
    for (let i = 0; i < 20; i++)
      await page.mouse.move(cx + Math.sin(i / 3) * 150, cy + Math.cos(i / 3) * 100);
    await page.mouse.up();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
  }
  return page.evaluate(() => {
    window.__framesOn = false;
    return (window.__frames * 1000) / (performance.now() - window.__framesFrom);
  });
}

/**
 * The JS each view loads, gzipped, from the Vite manifest: the entry's static imports for the first load, then
 * what a view's own dynamic import adds (chunks the entry already holds are not counted again).
 */
export function jsPerView(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
  const gz = (file) => gzipSync(readFileSync(`${dist}/${file}`)).length;
  const closure = (keys, seen = new Set()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const keyOf = (source) => Object.keys(manifest).find((k) => k.endsWith(source));
  // the first load is the entry and the shell it imports at once (a chunk of its own, evaluated in a later task)
  const entry = closure([Object.keys(manifest).find((k) => manifest[k].isEntry), keyOf('src/app/App.tsx')]);
  const kb = (keys) =>
    [...keys].reduce((sum, k) => sum + (manifest[k].file.endsWith('.js') ? gz(manifest[k].file) : 0), 0) /
    1024;
  const view = (sources) => {
    const keys = closure(sources.map(keyOf).filter(Boolean));
    for (const k of entry) keys.delete(k);
    return kb(keys);
  };
  return [
    ['first load: entry and shell', kb(entry)],
    ['+ one language (messages.ru)', view(['src/i18n/messages.ru.ts'])],
    ['+ Map (cytoscape, layout)', view(['src/graph/GraphCanvas.tsx'])],
    ['Gap report', view(['src/features/gaps/GapTable.tsx'])],
    ['Cohort', view(['src/features/cohort/CohortView.tsx'])],
    ['Targets', view(['src/features/targets/TargetsView.tsx'])],
    ['Matrix', view(['src/features/matrix/MatrixView.tsx'])],
    ['Club health', view(['src/features/health/HealthView.tsx'])],
    [
      'Import dialogs (columns, report)',
      view(['src/features/import/MappingDialog.tsx', 'src/features/import/ImportReportDialog.tsx']),
    ],
    ['the other language', view(['src/i18n/messages.en.ts'])],
    ...readdirSync(`${dist}/assets`)
      .filter((f) => /^(importWorker|solverWorker)-.*\.js$/.test(f))
      .map((f) => [`worker: ${f.replace(/-.*/, '')}`, gz(`assets/${f}`) / 1024]),
  ];
}
