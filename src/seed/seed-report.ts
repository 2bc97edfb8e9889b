import type { WriteCounters } from '../db';
import type { SeedFileReport, SeedReport } from './seed-loader';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line of counters: `+26 nodes, +52 relationships, 130 properties set`. */
export function describeCounters(c: WriteCounters): string {
  const parts = [
    `+${plural(c.nodesCreated, 'node')}`,
    `+${plural(c.relationshipsCreated, 'relationship')}`,
    `${plural(c.propertiesSet, 'property')} set`.replace('propertys', 'properties'),
  ];
  if (c.nodesDeleted > 0) parts.push(`-${plural(c.nodesDeleted, 'node')}`);
  if (c.relationshipsDeleted > 0) parts.push(`-${plural(c.relationshipsDeleted, 'relationship')}`);
  return parts.join(', ');
}

/** The line printed after each file. */
export function describeFile(report: SeedFileReport, index: number, count: number): string {
  const width = String(count).length;
  return `[${String(index + 1).padStart(width)}/${count}] ${report.file}: ${plural(report.statements, 'statement')}, ${describeCounters(report.counters)} (${Math.round(report.ms)} ms)`;
}

/** The closing summary. */
export function describeTotal(report: SeedReport): string {
  const t = report.total;
  const verb = report.dryRun ? 'would change' : 'changed';
  const created = t.nodesCreated + t.relationshipsCreated;
  const head = report.dryRun ? 'Dry run (rolled back)' : 'Seeded';
  const nothing = created === 0 && t.propertiesSet === 0 && t.nodesDeleted === 0 && t.relationshipsDeleted === 0;
  const summary = nothing
    ? `nothing ${report.dryRun ? 'would change' : 'changed'}: the graph already matches the seeds`
    : `${verb}: ${describeCounters(t)}${created === 0 ? ' (nothing created)' : ''}`;
  return `${head} ${plural(report.files.length, 'file')}; ${summary}.`;
}
