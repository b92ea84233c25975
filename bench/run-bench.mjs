// npm run bench: imports generated organisation-scale files in headless Chromium and prints a table.
// Not part of CI's pass/fail; the numbers go into the README.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, noBrowserMessage } from '../tests/e2e/find-chromium.mjs';
import { generate } from './generate.mjs';

const PORT = 4174;
const SIZES = [
  { label: '20k members / 500 skills / 200k rows', members: 20_000, skills: 500, rows: 200_000 },
  { label: '20k members / 500 skills / 1M rows', members: 20_000, skills: 500, rows: 1_000_000 },
];

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
try {
  for (const size of SIZES) {
    const dir = `.bench-tmp/${size.rows}`;
    mkdirSync(dir, { recursive: true });
    await generate(dir, size);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measure(dir));
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

async function measure(dir) {
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
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/?lang=ru`);
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
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  // The map is redrawn once the report is closed: measured apart, it is cytoscape drawing on a canvas.
  await page.evaluate(() => (window.__longTasks = []));
  await page
    .getByRole('dialog', { name: 'Отчёт об импорте' })
    .getByRole('button', { name: 'Закрыть' })
    .click();
  await page.waitForTimeout(3000);
  const drawTaskMs = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  const analysisMs = await page.evaluate(() => {
    const entries = performance.getEntriesByName('expertise-map:analysis');
    return entries.length ? entries[entries.length - 1].duration : NaN;
  });

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');

  // Bare papaparse on the same text, in the same page.
  await page.addScriptTag({ content: readFileSync('node_modules/papaparse/papaparse.min.js', 'utf8') });
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
    heapBytes: usedSize,
    fileBytes: statSync(`${dir}/expertise.csv`).size,
  };
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
