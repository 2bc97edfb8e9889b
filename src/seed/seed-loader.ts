import fs from 'node:fs';
import path from 'node:path';
import { AppError, ErrorCode, StatementError, messageOf } from '../errors';
import { checkAgainstModel } from './model-check';
import { refreshSearchText } from '../graph/search-text';
import { emptyCounters, firstLine, splitStatements } from '../db';
import type { BatchResult, EntityChange, GraphDatabase, ScriptStatement, WriteCounters } from '../db';

/** What one seed file did (or, in a dry run, would do). */
export interface SeedFileReport {
  readonly file: string;
  readonly statements: number;
  readonly counters: WriteCounters;
  /** Every node and relationship the file created, changed or deleted, with the properties whose values differ. */
  readonly changes: readonly EntityChange[];
  readonly ms: number;
}

export interface SeedReport {
  readonly files: SeedFileReport[];
  readonly total: WriteCounters;
  readonly dryRun: boolean;
}

export interface SeedOptions {
  readonly dryRun?: boolean;
  /**
   * All files in one transaction, committed together (start-up seeding: an
   * interrupted or failed load leaves an empty database, never a partial one).
   */
  readonly atomic?: boolean;
  /** Rewrite every node's search text after loading (default true; never on a dry run). */
  readonly refreshSearch?: boolean;
  /** Told before and after each file, for progress output. */
  readonly onFileStart?: (file: string, index: number, count: number) => void;
  readonly onFileDone?: (report: SeedFileReport, index: number, count: number) => void;
}

/** A seed file failed: nothing of it was applied. The message names file, line, statement and cause. */
export class SeedError extends AppError {
  override readonly name = 'SeedError';
  constructor(
    readonly file: string,
    readonly line: number,
    statement: string,
    cause: string,
    code: ErrorCode = ErrorCode.SEED_ERROR,
  ) {
    super(
      code,
      `${file}:${line}: ${cause}\n  statement: ${statement}\n  Nothing from ${path.basename(file)} was applied.`,
      {
        file,
        line,
      },
    );
  }
}

function add(total: WriteCounters, part: WriteCounters): void {
  for (const key of Object.keys(total) as (keyof WriteCounters)[]) total[key] += part[key];
}

interface ParsedFile {
  readonly file: string;
  readonly statements: ScriptStatement[];
}

function parseFile(file: string): ParsedFile {
  const shown = path.relative(process.cwd(), file) || file;
  try {
    return { file: shown, statements: splitStatements(fs.readFileSync(file, 'utf8')) };
  } catch (error) {
    throw new SeedError(shown, 0, '', `cannot read the file: ${messageOf(error)}`);
  }
}

/**
 * Runs files as batches of one transaction, telling `onFileDone` as each
 * finishes, and turns a statement failure into a SeedError.
 */
async function runFiles(
  db: GraphDatabase,
  parsed: readonly ParsedFile[],
  dryRun: boolean,
  onFileDone: (index: number, result: BatchResult) => void,
): Promise<void> {
  try {
    await db.runScript(
      parsed.map((p) => p.statements),
      { dryRun, onBatchDone: onFileDone },
    );
  } catch (error) {
    if (!(error instanceof StatementError)) throw error;
    const failed = parsed[error.batchIndex];
    const statement = failed?.statements[error.statementIndex];
    throw new SeedError(
      failed?.file ?? '?',
      statement?.line ?? 0,
      firstLine(statement?.text ?? ''),
      error.message,
      error.code,
    );
  }
}

/** Refuses, before anything runs, a file naming a label, type or property the model lacks. */
function rejectModelProblems(parsed: readonly ParsedFile[]): void {
  for (const file of parsed) {
    const [problem] = checkAgainstModel(file.statements);
    if (problem === undefined) continue;
    const statement = file.statements[problem.statementIndex];
    throw new SeedError(
      file.file,
      statement?.line ?? 0,
      firstLine(statement?.text ?? ''),
      problem.message,
      ErrorCode.MODEL_VIOLATION,
    );
  }
}

/**
 * Applies seed files in order, each in its own transaction: a failing
 * statement leaves nothing of its file applied and stops the run. A dry run
 * runs every file in one transaction (so later files see earlier ones) and
 * rolls it back; `atomic` does the same and commits.
 */
export async function loadSeeds(
  db: GraphDatabase,
  files: readonly string[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  const dryRun = options.dryRun ?? false;
  const parsed = files.map(parseFile);
  rejectModelProblems(parsed);
  const reports: SeedFileReport[] = [];
  const total = emptyCounters();
  const record = (file: ParsedFile, { counters, changes }: BatchResult, ms: number): void => {
    add(total, counters);
    const report = { file: file.file, statements: file.statements.length, counters, changes, ms };
    reports.push(report);
    options.onFileDone?.(report, reports.length - 1, parsed.length);
  };
  // Each file is reported when its last statement has run, inside its transaction (which a dry run or an
  // atomic load shares among all files), and before that transaction commits or rolls back.
  const together = dryRun || options.atomic === true;
  const groups = together ? [parsed] : parsed.map((file) => [file]);
  for (const group of groups.filter((g) => g.length > 0)) {
    let started = 0;
    const start = (index: number): void => {
      const file = group[index];
      if (file !== undefined) options.onFileStart?.(file.file, reports.length, parsed.length);
      started = performance.now();
    };
    start(0);
    await runFiles(db, group, dryRun, (index, result) => {
      const file = group[index];
      if (file !== undefined) record(file, result, performance.now() - started);
      start(index + 1);
    });
  }
  // Search reads a text derived from the data: bring it up to date with what was just loaded.
  if (!dryRun && options.refreshSearch !== false) await refreshSearchText(db);
  return { files: reports, total, dryRun };
}
