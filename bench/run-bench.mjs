// npm run bench: imports generated organisation-scale files in headless Chromium and prints a table.
// Not part of CI's pass/fail; the numbers go into the README.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, noBrowserMessage } from '../tests/e2e/find-chromium.mjs';
import { generate } from './generate.mjs';
import {
  firstVisit,
  importAt,
  installProbes,
  jsPerView,
  mapAgainstBare,
  writeWindows1251File,
} from './responsiveness.mjs';
import { buildBarePage } from './barePage.mjs';
import { firstVisitsUnattached } from './unattached.mjs';

const PORT = 4174;
const SIZES = [
  {
    label: '20k members / 500 skills / 200k rows',
    members: 20_000,
    skills: 500,
    rows: 200_000,
    cohort: true,
  },
  { label: '20k members / 500 skills / 1M rows', members: 20_000, skills: 500, rows: 1_000_000 },
];
// `--quick`: the first size only (the one the cohort is measured on).
if (process.argv.includes('--quick')) SIZES.length = 1;
// `--page-only`: no organisation-scale import; the first visit, the small imports and the JS per view.
if (process.argv.includes('--page-only')) SIZES.length = 0;

const executablePath = await findChromium();
if (!executablePath) {
  console.error(noBrowserMessage);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);
await waitForServer(`http://127.0.0.1:${PORT}/`);

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'],
});
// `--runs N`: each size measured N times in fresh pages; the table shows the median and the range.
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const results = [];
const responsiveness = {
  firstVisits: [],
  atLoad: [],
  afterIdle: [],
  unattached: [],
  bareDrawn: [],
  bareLoaded: [],
  bareElements: 0,
};
try {
  // The page on its own: a first visit, and a small file picked at once or when the page is idle.
  mkdirSync('.bench-tmp', { recursive: true });
  const smallFile = '.bench-tmp/expertise-1251.csv';
  writeWindows1251File(smallFile);
  const base = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < Math.max(3, RUNS); i++) {
    responsiveness.firstVisits.push(await firstVisit(browser, base));
    responsiveness.atLoad.push(await importAt(browser, base, smallFile, 300));
    responsiveness.afterIdle.push(await importAt(browser, base, smallFile, 5000));
    console.error(`measured: first visit and small imports (${i + 1})`);
  }
  // The app's first visits and the bare baselines' in turn, so that the machine's noise falls on all three alike.
  const { drawing } = responsiveness.firstVisits.at(-1);
  responsiveness.bareElements = drawing.elements.length;
  const bare = await buildBarePage('.bench-tmp/bare', drawing);
  for (let i = 0; i < Math.max(10, 3 * RUNS); i++) {
    responsiveness.unattached.push(...(await firstVisitsUnattached(path.resolve('dist'), 1, executablePath)));
    responsiveness.bareDrawn.push(...(await firstVisitsUnattached(bare, 1, executablePath)));
    responsiveness.bareLoaded.push(
      ...(await firstVisitsUnattached(bare, 1, executablePath, 4179, '?only=load')),
    );
  }
  console.error('measured: first visits without the DevTools protocol attached, the app and bare pages');
  for (const size of SIZES) {
    const dir = `.bench-tmp/${size.rows}`;
    mkdirSync(dir, { recursive: true });
    await generate(dir, size);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measure(dir, size));
      console.error(`measured: ${size.label} (${i + 1}/${RUNS})`);
    }
    results.push({ ...size, runs });
  }
} finally {
  await browser.close();
  stopServer();
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
console.log(
  '\n| data | expertise file | import (file chosen → report) | bare Papa.parse | ratio | analysis | longest main-thread task while importing | longest task drawing the map after | JS heap after import |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
/** The median, and the range when there are several runs: "930 ms (903–1100 ms)". */
function summary(values, digits, unit) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[(sorted.length - 1) >> 1];
  const f = (v) => `${v.toFixed(digits)}${unit}`;
  return sorted.length === 1
    ? f(median)
    : `${f(median)} (${sorted[0].toFixed(digits)}–${f(sorted[sorted.length - 1])})`;
}
for (const r of results) {
  const of = (read, digits, unit) => summary(r.runs.map(read), digits, unit);
  console.log(
    `| ${r.label} | ${mb(r.runs[0].fileBytes)} MB | ${of((x) => x.importMs, 0, ' ms')} | ${of((x) => x.papaMs, 0, ' ms')} | ${of((x) => x.importMs / x.papaMs, 2, '×')} | ${of((x) => x.analysisMs, 1, ' ms')} | ${of((x) => x.longestTaskMs, 0, ' ms')} | ${of((x) => x.drawTaskMs, 0, ' ms')} | ${of((x) => x.heapBytes / 1024 / 1024, 1, ' MB')} |`,
  );
}

console.log(
  '\nThe map after the import (report closed → map on screen), against bare cytoscape given the same elements:\n',
);
console.log(
  '| data | elements drawn | report painted → map drawn behind it | the map drawing itself (sync started → last chunk painted) | bare cytoscape | ratio of the drawing | report closed → map on screen | ratio of the wait after Close | drawn before Close | pan/zoom fps, app | pan/zoom fps, bare |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const of = (read, digits, unit) => summary(r.runs.map(read), digits, unit);
  const before = r.runs.filter((x) => x.map.drawnBeforeClose).length;
  console.log(
    `| ${r.label} | ${r.runs[0].map.elements} | ${of((x) => x.map.behindReportMs, 0, ' ms')} | ${of((x) => x.map.syncToDrawnMs, 0, ' ms')} | ${of((x) => x.map.bareMs, 0, ' ms')} | ${of((x) => x.map.syncToDrawnMs / x.map.bareMs, 2, '×')} | ${of((x) => x.map.drawnMs, 0, ' ms')} | ${of((x) => x.map.drawnMs / x.map.bareMs, 2, '×')} | ${before} of ${r.runs.length} | ${of((x) => x.map.appFps, 0, '')} | ${of((x) => x.map.bareFps, 0, '')} |`,
  );
}

console.log('\nResponsiveness (median of fresh pages, range in brackets):\n');
console.log('| measure | value |');
console.log('| --- | --- |');
const visits = responsiveness.firstVisits;
console.log(
  `| first visit: longest main-thread task until the sample map has settled | ${summary(
    visits.map((v) => v.longestTaskMs),
    0,
    ' ms',
  )} |`,
);
console.log(
  `| first visit: sample map settled after navigation | ${summary(
    visits.map((v) => v.settledMs),
    0,
    ' ms',
  )} |`,
);
console.log(
  `| small Windows-1251 file chosen 300 ms after load → report | ${summary(responsiveness.atLoad, 0, ' ms')} |`,
);
console.log(
  `| the same file chosen when the page is idle (5 s) → report | ${summary(responsiveness.afterIdle, 0, ' ms')} |`,
);
const unattached = responsiveness.unattached.filter((v) => v !== null);
if (unattached.length > 0) {
  const long = unattached.filter((v) => v.longestTaskMs >= 50).length;
  console.log(
    `| first visit, no DevTools protocol attached (${unattached.length} visits): visits with a task ≥ 50 ms until the sample map has settled | ${long} of ${unattached.length}; longest ${summary(
      unattached.map((v) => v.longestTaskMs),
      0,
      ' ms',
    )} |`,
  );
  console.log(
    `| first visit, no DevTools protocol attached: sample map settled after navigation | ${summary(
      unattached.map((v) => v.settledMs),
      0,
      ' ms',
    )} |`,
  );
}
// The same first visits of a page with only React and cytoscape: the floor this machine sets.
const bareRows = [
  [
    `bare React + cytoscape drawing the same ${responsiveness.bareElements} elements at once (same stylesheet, viewport)`,
    responsiveness.bareDrawn,
  ],
  ['bare React + cytoscape loaded, nothing drawn', responsiveness.bareLoaded],
];
for (const [label, all] of bareRows) {
  const done = all.filter((v) => v !== null);
  if (done.length === 0) continue;
  const long = done.filter((v) => v.longestTaskMs >= 50).length;
  for (const [i, v] of done.entries())
    console.error(`${label}, visit ${i + 1}: long tasks ${v.tasks.join(', ') || 'none'}`);
  console.log(
    `| first visit, no DevTools protocol attached, ${label}: visits with a task ≥ 50 ms until drawn | ${long} of ${done.length}; longest ${summary(
      done.map((v) => v.longestTaskMs),
      0,
      ' ms',
    )}; drawn after ${summary(
      done.map((v) => v.settledMs),
      0,
      ' ms',
    )} |`,
  );
}
const lost = responsiveness.unattached.length - unattached.length;
if (lost > 0) console.log(`| first visits without the DevTools protocol that never reported | ${lost} |`);
for (const [i, v] of visits.entries())
  console.error(`first visit ${i + 1}: long tasks ${v.tasks.join(', ') || 'none'}`);
for (const [i, v] of unattached.entries())
  console.error(
    `first visit ${i + 1}, unattached: long tasks ${v.tasks.join(', ') || 'none'}${v.frames.length ? `; blocking frames ${v.frames.join('; ')}` : ''}`,
  );

console.log(
  '\nJS each view loads (gzipped; a view counts only what the first load does not already hold):\n',
);
console.log('| view | JS, KB gzipped |');
console.log('| --- | --- |');
for (const [view, kb] of jsPerView()) console.log(`| ${view} | ${kb.toFixed(1)} |`);

// The Cohort view: per change, the median over the runs (and the range when there are several).
const ms = (values) => {
  const known = values.filter((v) => v !== null && v !== undefined);
  return known.length ? summary(known, 1, ' ms') : '—';
};
const seconds = (values) => {
  const known = values.filter((v) => v !== null && v !== undefined).map((v) => v / 1000);
  return known.length ? summary(known, 1, ' s') : '—';
};
for (const r of results) {
  const runs = r.runs.filter((run) => run.cohort);
  if (runs.length === 0) continue;
  console.log(`\nCohort view, ${r.label}:\n`);
  console.log(
    '| change | input → view painted | analysis | planner | best-cohort problem | longest main-thread task | LP bound shown | solver answer |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  runs[0].cohort.forEach((step, i) => {
    const of = (read) => runs.map((run) => read(run.cohort[i]));
    const tasks = of((c) => c.longestTaskMs).filter((v) => v > 0);
    const statuses = [...new Set(of((c) => c.solverStatus))].join(' / ');
    console.log(
      `| ${step.label} | ${ms(of((c) => c.paintedMs))} | ${ms(of((c) => c.analysisMs))} | ${ms(of((c) => c.planMs))} | ${ms(of((c) => c.modelMs))} | ${tasks.length ? `${ms(tasks)} in ${tasks.length} of ${runs.length} runs` : 'none ≥ 50 ms'} | ${seconds(of((c) => c.boundMs))} | ${seconds(of((c) => c.solverDoneMs))} (${statuses}) |`,
    );
  });
}

async function measure(dir, size) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Import time is taken in the page: from the file input's change event to the first frame painted with
    // the report (a task queued from the frame's animation callback runs after that paint).
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
      const title = [...document.querySelectorAll('[role=dialog] h2')].find(
        (h) => h.textContent === 'Отчёт об импорте',
      );
      if (!title) return;
      window.__reportAt = -1;
      requestAnimationFrame(() => setTimeout(() => (window.__reportAt = performance.now())));
    }).observe(document, { subtree: true, childList: true });
  });
  // long tasks, and every map drawn with when its last chunk was painted
  await page.addInitScript(installProbes);
  await page.goto(`http://127.0.0.1:${PORT}/?lang=ru&bench`);
  await page.getByRole('button', { name: 'Экспорт данных' }).waitFor();
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    window.__longTasks = [];
    performance.clearMeasures('expertise-map:analysis');
  });
  const files = ['members.csv', 'skills.csv', 'expertise.csv'].map((f) => `${dir}/${f}`);
  await page.getByLabel('Импорт CSV').setInputFiles(files);
  await page.getByRole('dialog', { name: 'Отчёт об импорте' }).waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => window.__reportAt > 0);
  const importMs = await page.evaluate(() => window.__reportAt - window.__chosenAt);
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...window.__longTasks.map((t) => t.duration)));
  // The map is redrawn behind the report once the report is painted; closing the report shows it. Measured apart
  // (Close → the map on screen) and set against bare cytoscape drawing the same elements.
  const map = await mapAgainstBare(page, () =>
    page.getByRole('dialog', { name: 'Отчёт об импорте' }).getByRole('button', { name: 'Закрыть' }).click(),
  );
  const drawTaskMs = map.drawTaskMs;
  const analysisMs = await page.evaluate(() => {
    const entries = performance.getEntriesByName('expertise-map:analysis');
    return entries.length ? entries[entries.length - 1].duration : NaN;
  });

  const cohort = size.cohort ? await measureCohort(page) : null;

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');

  // Bare papaparse on the same text, in the same page.
  // evaluated through the DevTools protocol: the app's Content-Security-Policy forbids an inline script tag
  await page.evaluate(readFileSync('node_modules/papaparse/papaparse.min.js', 'utf8'));
  await page.waitForFunction(() => typeof window.Papa?.parse === 'function');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-input';
    document.body.appendChild(input);
  });
  await page.locator('#bench-input').setInputFiles(`${dir}/expertise.csv`);
  const papaMs = await page.evaluate(async () => {
    const file = document.querySelector('#bench-input').files[0];
    const text = new TextDecoder().decode(await file.arrayBuffer());
    const t0 = performance.now();
    window.Papa.parse(text, { delimiter: ';' });
    return performance.now() - t0;
  });
  await context.close();
  return {
    importMs,
    papaMs,
    analysisMs,
    longestTaskMs,
    drawTaskMs,
    map,
    heapBytes: usedSize,
    fileBytes: statSync(`${dir}/expertise.csv`).size,
    cohort,
  };
}

// The Cohort view at organisation scale: each change, from its input event (or the store call a control would
// make) to the first frame painted with the updated view; the page's own User Timing entries split the time into
// analysis, planner and the best-cohort problem; the longest main-thread task from the input to a second after;
// and the best-cohort panel's LP bound and final answer, timed from the change.
async function measureCohort(page) {
  page.on('crash', () => console.error('the page crashed'));
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.evaluate(installCohortProbe);
  const steps = [
    ['open the Cohort tab', { kind: 'tab' }],
    ['Cohort size 10 → 11', { kind: 'size', value: '11' }],
    ['pin a candidate outside the plan', { kind: 'pin' }],
    ['exclude the second pick', { kind: 'exclude' }],
    ['target of a gap skill +2', { kind: 'target' }],
  ];
  const rows = [];
  for (const [label, step] of steps) {
    console.error(`cohort: ${label}`);
    const result = await page.evaluate((s) => window.__cohortStep(s), step);
    if (result.timedOut) console.error(result.timedOut);
    await page.waitForTimeout(1000);
    const figures = await page.evaluate((t0) => {
      const last = (name) => {
        const entries = performance.getEntriesByName(name).filter((e) => e.startTime >= t0);
        return entries.length ? entries.reduce((sum, e) => sum + e.duration, 0) : null;
      };
      return {
        analysisMs: last('expertise-map:analysis'),
        planMs: last('expertise-map:plan'),
        modelMs: last('expertise-map:cohort-model'),
        longestTaskMs: Math.max(
          0,
          ...window.__longTasks.filter((t) => t.start >= t0 - 1).map((t) => t.duration),
        ),
      };
    }, result.t0);
    // The solver runs in a worker with a 10 s limit: waited for, so that each change starts from a quiet page.
    await page.evaluate(() => window.__solverDone);
    rows.push({ label, ...result, ...figures, ...(await page.evaluate(() => window.__solverTimes)) });
  }
  return rows;
}

/** In the page: `__cohortStep(step)` makes one change and resolves when the updated view is painted. */
function installCohortProbe() {
  const inPanel = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest('.best-cohort');
  const hook = window.__expertiseMap;
  const view = () => document.querySelector('.cohort-view');
  const pickNames = () =>
    [...document.querySelectorAll('.cohort-table tr.cohort-pick td:nth-child(2) button')].map((td) =>
      td.textContent.trim(),
    );
  const byName = (name) => hook.workspace().members.find((m) => m.name === name);
  // The panel's state, timed from the change: the bound's sentence shown, then a final status.
  const watchSolver = (t0) => {
    window.__solverTimes = { boundMs: null, solverDoneMs: null, solverStatus: null };
    window.__solverDone = new Promise((resolve) => {
      const check = () => {
        const panel = document.querySelector('.best-cohort');
        if (!panel) return false;
        const times = window.__solverTimes;
        const bound = [...panel.querySelectorAll('p')].some((p) => !p.getAttribute('role') && !p.className);
        if (bound && times.boundMs === null) times.boundMs = performance.now() - t0;
        const status = panel.querySelector('[role=status]')?.textContent ?? '';
        if (status && !/^(Считаем|Ищем)/.test(status)) {
          times.solverDoneMs = performance.now() - t0;
          times.solverStatus = status;
          return true;
        }
        return false;
      };
      if (check()) return resolve();
      const observer = new MutationObserver(() => {
        if (check()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => {
        observer.disconnect();
        resolve();
      }, 60_000);
    });
  };
  window.__cohortStep = (step) =>
    new Promise((resolve) => {
      let t0 = 0;
      const observer = new MutationObserver((records) => {
        const root = view();
        if (!root) return;
        // Only the view itself: the best-cohort panel changes on the worker's answers, not on the input.
        const changed = records.some((r) => root.contains(r.target) && !inPanel(r.target));
        if (!changed && !(step.kind === 'tab' && root)) return;
        observer.disconnect();
        const committed = performance.now() - t0;
        watchSolver(t0);
        requestAnimationFrame(() =>
          setTimeout(() => resolve({ t0, committedMs: committed, paintedMs: performance.now() - t0 })),
        );
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => {
        observer.disconnect();
        window.__solverDone = Promise.resolve();
        const input = view()?.querySelector('input[type=number]');
        resolve({ t0, timedOut: `no change seen; size field ${input?.value}, rows ${pickNames().length}` });
      }, 30_000);
      t0 = performance.now();
      if (step.kind === 'tab') {
        [...document.querySelectorAll('nav.tabs button')].find((b) => b.textContent === 'Набор').click();
      } else if (step.kind === 'size') {
        const input = view().querySelector('input[type=number]');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, step.value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else if (step.kind === 'pin') {
        const inPlan = new Set(pickNames());
        const member = hook.workspace().members.find((m) => m.status === 'employee' && !inPlan.has(m.name));
        t0 = performance.now();
        hook.apply({ kind: 'pin', memberKey: member.key });
      } else if (step.kind === 'exclude') {
        const member = byName(pickNames()[1]);
        t0 = performance.now();
        hook.apply({ kind: 'exclude', memberKey: member.key });
      } else if (step.kind === 'target') {
        const first = view().querySelector('.cohort-open-table tbody td')?.textContent;
        const { skills } = hook.workspace();
        const skill = skills.find((s) => s.name === first) ?? skills[0];
        t0 = performance.now();
        hook.apply({ kind: 'setTarget', skillKey: skill.key, target: skill.target + 2 });
      }
    });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}
