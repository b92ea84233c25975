// `npm run bench`: first visits in a Chromium that no DevTools protocol client is attached to, as a person's browser.
//
// Playwright drives the page through the DevTools protocol, and with it attached V8 does extra work the page does
// not ask for (a trace of a first visit showed it collecting source positions, re-parsing React DOM, inside the
// entry's evaluation). Here Chromium is started on the URL alone: a small server serves the build, with a probe
// script added to index.html that records long tasks and, once the sample map has settled, posts them back.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { installProbes } from './responsiveness.mjs';

// Runs in the page before the app: the same probes as the Playwright runs (long tasks from navigation on), and
// blocking animation frames; the bench hook (`?bench`) tells when the sample map has settled.
const PROBE = `(${installProbes})();
(() => {
  const frames = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      if (e.blockingDuration > 0)
        frames.push([e.startTime, e.duration, e.scripts.map((s) => s.invokerType + ' ' + (s.sourceURL || '').split('/').pop()).join(', ')]);
  }).observe({ type: 'long-animation-frame', buffered: true });
  const poll = setInterval(() => {
    const map = window.__expertiseMap && window.__expertiseMap.map();
    if (!map || map.settledAt == null) return;
    clearInterval(poll);
    const settled = map.settledAt;
    // a long task is reported once it has ended
    setTimeout(() => {
      const tasks = window.__longTasks.map((t) => [t.start, t.duration]);
      fetch('/__report', { method: 'POST', body: JSON.stringify({ tasks, frames, settled }) });
    }, 1000);
  }, 100);
})();`;

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
};

/**
 * `visits` first visits (each in a fresh profile) of the build in `dist`, opened with `search`: per visit, the long
 * tasks until the sample map had settled and when it settled.
 */
export async function firstVisitsUnattached(
  dist,
  visits,
  executablePath,
  port = 4179,
  search = '?lang=ru&bench',
) {
  let onReport = () => undefined;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__report') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        res.end();
        try {
          onReport(JSON.parse(body));
        } catch {
          onReport(null); // a report that does not parse counts as none
        }
      });
      return;
    }
    if (url.pathname === '/__probe.js') {
      res.setHeader('content-type', 'text/javascript');
      res.end(PROBE);
      return;
    }
    let file = path.join(dist, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(dist, 'index.html');
    let body = readFileSync(file);
    // a classic script from the page's own origin: the page's Content-Security-Policy allows it
    if (file.endsWith('index.html'))
      body = body.toString().replace('<head>', '<head><script src="/__probe.js"></script>');
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject); // a port in use says so instead of hanging
    server.listen(port, '127.0.0.1', resolve);
  });
  const results = [];
  try {
    for (let i = 0; i < visits; i++) {
      const profile = `.bench-tmp/unattached-profile-${i}`;
      rmSync(profile, { recursive: true, force: true });
      const report = new Promise((resolve) => (onReport = resolve));
      const chromium = spawn(
        executablePath,
        [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-extensions',
          '--disable-background-networking',
          '--window-size=1366,800',
          `--user-data-dir=${profile}`,
          `http://127.0.0.1:${port}/${search}`,
        ],
        { stdio: 'ignore', detached: true }, // its own process group: the renderer and GPU processes go with it
      );
      let timer;
      const result = await Promise.race([
        report,
        new Promise((resolve) => (timer = setTimeout(() => resolve(null), 60_000))),
      ]);
      clearTimeout(timer);
      const exited = new Promise((resolve) =>
        chromium.exitCode !== null || chromium.signalCode !== null
          ? resolve()
          : chromium.once('exit', resolve),
      );
      try {
        process.kill(-chromium.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      if (!result) {
        results.push(null);
        continue;
      }
      const tasks = result.tasks.filter(([start]) => start <= result.settled);
      results.push({
        settledMs: result.settled,
        longestTaskMs: Math.max(0, ...tasks.map(([, duration]) => duration)),
        tasks: tasks.map(([start, duration]) => `${duration.toFixed(0)} ms at ${start.toFixed(0)}`),
        frames: result.frames
          .filter(([start]) => start <= result.settled)
          .map(
            ([start, duration, scripts]) => `${duration.toFixed(0)} ms at ${start.toFixed(0)} (${scripts})`,
          ),
      });
    }
  } finally {
    server.close();
  }
  return results;
}
