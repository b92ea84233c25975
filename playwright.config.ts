import { defineConfig } from '@playwright/test';

// run-e2e.mjs resolves the browser (CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own)
// and passes it here; the launch flags keep Chromium quiet on a machine without outside network.
const executablePath = process.env.CHROMIUM_PATH || undefined;
// E2E_PORT lets two checkouts run their browser tests side by side on one machine.
const port = Number(process.env.E2E_PORT) || 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 800 },
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
