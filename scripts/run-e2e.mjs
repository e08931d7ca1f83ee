// Browser tests: build the app, then drive it in the system Chromium. Without Chromium the run says so on
// one line and stops; with CI=true a missing browser is a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  const line = 'Browser tests: no Chromium found (install Debian package "chromium" or set CHROMIUM_PATH).';
  if (process.env.CI === 'true') {
    console.error(`${line} CI=true, so this is a failure.`);
    process.exit(1);
  }
  console.log(`${line} Skipped.`);
  process.exit(0);
}

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } }).status ?? 1;
const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
process.exit(run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]));
