import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listSeedFiles } from '../../src/seed';

/**
 * The built command-line tools as a data editor runs them (`npm run seed`
 * and `npm run check:data` run `node dist/cli/…` after building; `npm test`
 * builds first): exit codes, the lines they print, and what they leave in
 * the database. One spawn per behaviour, in order, on two databases of
 * their own.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.join(ROOT, 'dist', 'cli', 'seed.js');
const CHECK = path.join(ROOT, 'dist', 'cli', 'check-data.js');
const SEED_COUNT = listSeedFiles().length;

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(entry: string, args: readonly string[], kuzuPath: string): Promise<Ran> {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, GRAPH_ENGINE: 'kuzu', KUZU_PATH: kuzuPath, LOG_LEVEL: 'warn' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lastLine = (text: string): string => text.trim().split('\n').at(-1) ?? '';

describe('command-line tools', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));
  /** Seeded by the first test and used in order by the next ones. */
  const seeded = path.join(dir, 'seeded.kuzu');
  /** Never committed to: a dry run only. */
  const empty = path.join(dir, 'empty.kuzu');
  let firstOutput = '';
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('seed loads every seed file and ends with a summary', async () => {
    const { code, stdout } = await run(SEED, [], seeded);
    expect(code).toBe(0);
    expect(stdout).toContain(`[${SEED_COUNT}/${SEED_COUNT}] seeds/`);
    firstOutput = stdout;
    expect(lastLine(stdout)).toMatch(
      new RegExp(`^Seeded ${SEED_COUNT} files; changed: \\+\\d+ nodes, \\+\\d+ relationships`),
    );
  });

  it('a second seed run says nothing changed and lists nothing', async () => {
    const { code, stdout } = await run(SEED, [], seeded);
    expect(code).toBe(0);
    expect(lastLine(stdout)).toBe(`Seeded ${SEED_COUNT} files; nothing changed: the graph already matches the seeds.`);
    expect(stdout.match(/: \d+ statements, nothing changed \(\d+ ms\)$/gm)).toHaveLength(SEED_COUNT);
    expect(stdout).not.toMatch(/^ {4}/m);
  });

  it('--dry-run --json prints the report as JSON alone: every file, nothing changed', async () => {
    const { code, stdout } = await run(SEED, ['--dry-run', '--json'], seeded);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { dryRun: boolean; files: { file: string; changes: unknown[] }[] };
    expect(report.dryRun).toBe(true);
    expect(report.files).toHaveLength(SEED_COUNT);
    expect(report.files.flatMap((file) => file.changes)).toEqual([]);
  });

  it('a seed file with an error exits 1 naming file, line, statement and cause', async () => {
    const { code, stdout, stderr } = await run(SEED, ['--dir', 'tests/fixtures/seeds-syntax'], seeded);
    expect(code).toBe(1);
    expect(stderr).toMatch(/tests\/fixtures\/seeds-syntax\/010-syntax-error\.cypher:3: Cypher syntax error/);
    expect(stderr).toContain("statement: MERGE (c:City {id: 'city:fixture-syntax-b'} SET c.name = 'B'");
    expect(stdout).not.toMatch(/^Seeded/m);
  });

  it('check:data passes on the seeded database, so the failed file left nothing behind', async () => {
    // The failed file's first statement, had it been kept, adds a city without sources: a failing check.
    const { code, stdout } = await run(CHECK, [], seeded);
    expect(code).toBe(0);
    expect(lastLine(stdout)).toBe('All 9 data checks passed.');
  });

  it('--rebuild removes the database and seeds it from scratch', async () => {
    // One file keeps it quick: on the kept database it would change nothing.
    const { code, stdout } = await run(SEED, ['--rebuild', '--file', '010', '--quiet'], seeded);
    expect(code).toBe(0);
    expect(stdout).toContain(`Removed the embedded database at ${seeded}`);
    // What 010 changed in the first run on a new database: everything of it was created again.
    const firstRun = / seeds\/010-sources\.cypher: \d+ statements, (\+[1-9]\d* nodes.*?) \(\d+ ms\)/.exec(firstOutput);
    expect(firstRun).not.toBeNull();
    expect(lastLine(stdout)).toBe(`Seeded 1 file; changed: ${firstRun?.[1]}.`);
  });

  it('--dry-run --file 030 reports what would change and rolls it back', async () => {
    const { code, stdout } = await run(SEED, ['--dry-run', '--file', '030'], empty);
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run of 1 seed file');
    expect(stdout).toContain('seeds/030-ascn.cypher');
    // Each node it would create is listed by id, up to the limit of lines per file.
    expect(stdout).toMatch(/^ {4}\+ node [a-z]+:\S+$/m);
    expect(lastLine(stdout)).toMatch(/^Dry run \(rolled back\) 1 file; would change: \+[1-9]\d* nodes/);
  });

  it('check:data on a database with nothing in it exits 1 and says so', async () => {
    // Also shows the dry run above committed nothing.
    const { code, stderr } = await run(CHECK, [], empty);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^The database is empty/);
  });

  it('--rebuild --dry-run is refused before anything is removed', async () => {
    const { code, stderr } = await run(SEED, ['--rebuild', '--dry-run'], seeded);
    expect(code).not.toBe(0);
    expect(stderr).toContain('--rebuild and --dry-run exclude each other');
    expect(fs.existsSync(seeded)).toBe(true);
  });

  it('--help prints the usage', async () => {
    const { code, stdout } = await run(SEED, ['--help'], empty);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run seed -- \[options\]/);
    expect(stdout).toContain('--dir DIR');
  });

  it('an unknown option exits non-zero and points to --help', async () => {
    const { code, stderr } = await run(SEED, ['--bogus'], empty);
    expect(code).not.toBe(0);
    expect(stderr).toContain("Unknown option '--bogus'");
    expect(stderr).toContain('--help');
  });
});
