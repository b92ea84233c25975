// Regenerates docs/screenshot.png from the built app (vite preview on :4173, or $PREVIEW_URL):
// node scripts/readme-screenshot.mjs
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/find-chromium.mjs';

const browser = await chromium.launch({
  executablePath: (await findChromium()) ?? undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(`${process.env.PREVIEW_URL ?? 'http://127.0.0.1:4173'}/?lang=en`);
await page.getByRole('application', { name: 'Expertise map graph' }).waitFor();
await page.waitForTimeout(2500);
// a skill selected, so the picture shows its side panel and its people lit up against the quiet rest
const canvas = page.getByRole('application', { name: 'Expertise map graph' });
await canvas.focus();
await page.keyboard.press('ArrowRight');
await page.keyboard.press('Enter');
await page.waitForTimeout(1000);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
