import type { CheckResult } from './data-checks';

/** A readable report: one line per check, its problems indented under it, and a closing summary. */
export function describeChecks(results: readonly CheckResult[]): string {
  const lines: string[] = [];
  for (const check of results) {
    lines.push(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}`);
    for (const problem of check.problems) lines.push(`        ${problem}`);
  }
  const failed = results.filter((r) => !r.ok);
  const problems = failed.reduce((n, r) => n + r.problems.length, 0);
  lines.push(
    failed.length === 0
      ? `All ${results.length} data checks passed.`
      : `${failed.length} of ${results.length} data checks failed with ${problems} problem${problems === 1 ? '' : 's'}.`,
  );
  return lines.join('\n');
}
