// Regenerates docs/screenshot.png from the built app (vite preview on :4173): node scripts/readme-screenshot.mjs
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/find-chromium.mjs';

const browser = await chromium.launch({
  executablePath: (await findChromium()) ?? undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto('http://127.0.0.1:4173/?lang=en');
await page.getByRole('button', { name: 'Gap report', exact: true }).click();
await page.getByRole('button', { name: 'Mentoring', exact: true }).click();
await page.getByRole('button', { name: 'Focus the map here' }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
