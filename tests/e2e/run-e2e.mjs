// Builds the production bundle and runs the Playwright tests against `vite preview`.
import { spawnSync } from 'node:child_process';
import { findChromium, noBrowserMessage } from './find-chromium.mjs';

const chromium = await findChromium();
if (!chromium) {
  console.error(noBrowserMessage);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium };
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!process.argv.includes('--no-build')) run('npx', ['vite', 'build']);
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
