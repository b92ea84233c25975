// Finds a Chromium to drive: $CHROMIUM_PATH, Debian's package, or Playwright's own download.
import { existsSync } from 'node:fs';

export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // no Playwright browser registry available; fall through to the message below
  }
  return null;
}

export const noBrowserMessage = [
  'No Chromium found for the browser tests.',
  'Install one of:',
  '  - Debian/Ubuntu: apt-get update && apt-get install -y chromium   (then it is found at /usr/bin/chromium)',
  '  - any machine with network: npx playwright install chromium',
  '  - or point CHROMIUM_PATH at a Chromium/Chrome executable.',
].join('\n');
