/** Timing helpers: repeat, then report the median and 95th percentile in milliseconds. */
export interface Timing {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Runs `work` `warmup` times unmeasured, then `runs` times measured. */
export async function time(work: () => Promise<unknown>, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { runs, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), mean: round(mean) };
}

/** Resident set size in MiB. */
export const rssMiB = (): number => round(process.memoryUsage().rss / 1024 / 1024);
