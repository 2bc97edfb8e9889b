/**
 * A progress line on stderr: rewritten in place on a terminal, otherwise printed at most every few seconds (and
 * always at `done`), so that logs of CI runs stay short. No progress-bar package: the project has none.
 */
export class ProgressLine {
  private lastPrinted = 0;
  private readonly started = performance.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly tag: string,
    private readonly everyMs = 3000,
  ) {}

  /** `done` of `of` steps with a note: `[bench:data] ####------ 4/10 City 26000 rows 1.2 s`. */
  update(done: number, of: number, note: string): void {
    const now = performance.now();
    const finished = done >= of;
    if (!this.tty && !finished && now - this.lastPrinted < this.everyMs) return;
    this.lastPrinted = now;
    const width = 20;
    const filled = of === 0 ? width : Math.round((done / of) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const line = `[${this.tag}] ${bar} ${done}/${of} ${note} (${((now - this.started) / 1000).toFixed(1)} s)`;
    if (this.tty) process.stderr.write(`\r\x1b[K${line}${finished ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  }

  /** A plain message on its own line. */
  say(message: string): void {
    process.stderr.write(`${this.tty ? '\r\x1b[K' : ''}[${this.tag}] ${message}\n`);
  }
}
