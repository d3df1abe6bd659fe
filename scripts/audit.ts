/**
 * npm audit of the production dependencies, for CI: fails on a known high or critical
 * vulnerability. Where the advisory database cannot be reached (this network allows only the
 * registry's GET requests), it says so plainly instead of failing or pretending to have checked.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
interface AuditReport {
  message?: string;
  error?: { summary?: string };
  metadata?: { vulnerabilities?: { high: number; critical: number } };
}
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit gave no report:\n${run.stderr}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.log(
    `npm audit: NOT CHECKED — the advisory database could not be reached (${report.message ?? report.error?.summary ?? 'no answer'}).`,
  );
  process.exit(0);
}
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
process.exit(counts.high + counts.critical > 0 ? 1 : 0);
