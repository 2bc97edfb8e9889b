import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KUZU_SEARCH_TABLE } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { benchTemplate } from '../bench-queries';
import type { Cell, NodeBatch, RelationshipBatch, RowOf } from './shape';

/**
 * Kùzu's bulk path: each batch written to a CSV file in a temporary folder and loaded with `COPY … FROM`
 * through the port. Kùzu's CSV reader takes `"` quoting with `""` inside; a list is `[a,b]` whose elements
 * it does not unquote, so list elements must hold none of `,[]{}'"`, and no value may hold a line break.
 */

/** Characters Kùzu would misread inside a list element of a CSV cell. */
const UNSAFE_IN_LIST = /[,[\]{}'"\n\r]/;

/** One CSV cell as Kùzu's reader takes it; throws for what it would misread. */
export function csvCell(value: Cell | undefined, where: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const bad = value.find((v) => UNSAFE_IN_LIST.test(v));
    if (bad !== undefined) throw new Error(`${where}: list element ${JSON.stringify(bad)} cannot go into Kùzu CSV`);
    return `"[${value.join(',')}]"`;
  }
  if (typeof value === 'string') {
    if (/[\n\r]/.test(value)) throw new Error(`${where}: a line break cannot go into Kùzu CSV`);
    return `"${value.replace(/"/g, '""')}"`;
  }
  return String(value);
}

/** The columns of a batch, in first-seen order, `first` leading. */
function columnsOf(rows: readonly RowOf[], first: readonly string[]): string[] {
  const seen = new Set(first);
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function writeCsv(file: string, columns: readonly string[], rows: readonly RowOf[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    const lines = [columns.join(',')];
    const flush = (): void => {
      fs.writeSync(fd, `${lines.join('\n')}\n`);
      lines.length = 0;
    };
    for (const row of rows) {
      lines.push(
        columns
          .map((c) => csvCell(row[c], `${path.basename(file)} ${String(row.id ?? row.key ?? row.from)}.${c}`))
          .join(','),
      );
      if (lines.length >= 5000) flush();
    }
    flush();
  } finally {
    fs.closeSync(fd);
  }
}

export interface BulkStep {
  readonly what: string;
  readonly rows: number;
  readonly ms: number;
}

/**
 * Writes and copies every batch, nodes first, each label's followed by the copies of its search texts in
 * `SearchText` (what the seed loader's search refresh writes on Kùzu); `onStep` is told after each COPY.
 */
export async function kuzuBulkLoad(
  db: GraphDatabase,
  batches: { nodes: readonly NodeBatch[]; relationships: readonly RelationshipBatch[] },
  onStep: (step: BulkStep, done: number, of: number) => void,
): Promise<BulkStep[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-csv-'));
  const steps: BulkStep[] = [];
  const of = 2 * batches.nodes.length + batches.relationships.length;
  try {
    const run = async (what: string, rows: number, make: (file: string) => ReturnType<typeof benchTemplate>) => {
      const started = performance.now();
      const file = path.join(dir, `${what.replace(/[^A-Za-z0-9_]+/g, '-')}.csv`);
      await db.write(make(file));
      const step = { what, rows, ms: Math.round(performance.now() - started) };
      steps.push(step);
      onStep(step, steps.length, of);
    };
    for (const { label, rows } of batches.nodes) {
      if (rows.length === 0) continue;
      const columns = columnsOf(rows, ['id']);
      await run(label, rows.length, (file) => {
        writeCsv(file, columns, rows);
        return benchTemplate('kuzu', 'copy-nodes', { label, columns: columns.join(', '), file });
      });
      const texts = rows.map((row) => ({ key: row.id, text: row.search }));
      await run(`${label} search texts`, texts.length, (file) => {
        writeCsv(file, ['key', 'text'], texts);
        return benchTemplate('kuzu', 'copy-nodes', { label: KUZU_SEARCH_TABLE, columns: 'key, text', file });
      });
    }
    for (const { type, from, to, rows } of batches.relationships) {
      if (rows.length === 0) continue;
      const columns = columnsOf(rows, ['from', 'to']);
      await run(`${type} ${from}-${to}`, rows.length, (file) => {
        writeCsv(file, columns, rows);
        // The column list names the relationship's properties; the ends are the first two columns.
        return benchTemplate('kuzu', 'copy-relationships', {
          type,
          from,
          to,
          columns: columns.slice(2).join(', '),
          file,
        });
      });
    }
    return steps;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
