// Takes screenshots of the built app for a person to look at: node scripts/screenshot.mjs <url> <out.png> [clickText]
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/find-chromium.mjs';

const [url = 'http://127.0.0.1:4173/?lang=en', out = '/tmp/shot.png', click] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: (await findChromium()) ?? undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(2500);
if (click) {
  await page.getByText(click, { exact: true }).first().click();
  await page.waitForTimeout(800);
}
await page.screenshot({ path: out });
await browser.close();
