// `npm run audit`: the runtime dependencies' known advisories at high or critical severity fail the run. Where the
// npm registry's advisory service cannot be reached (an offline or proxied machine), it says so and passes: no
// answer is not a clean bill, and the message says that too.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report?.message ?? report?.error?.summary ?? (run.stderr.trim().split('\n').at(-1) || 'no answer');
  console.warn(`audit: the advisory service could not be asked (${why}); nothing was checked`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit: runtime dependencies: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
process.exit(serious > 0 ? 1 : 0);
