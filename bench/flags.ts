import { parseArgs } from 'node:util';

/** A command line the runner cannot use; its message says what to change. */
export class UsageError extends Error {}

/** The flags of a command line as written (`--url`): values by flag, and the switches given. */
export interface Flags {
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

/**
 * Reads `argv` (without node and the script) with Node's own parser: `--flag value` and
 * `--flag=value` for the named value flags, bare switches, `--help`/`-h`; anything else
 * (an unknown flag, a missing value, a stray word) is a UsageError.
 */
export function readFlags(
  argv: readonly string[],
  valueFlags: readonly string[],
  switches: readonly string[] = [],
): Flags | 'help' {
  const options = Object.fromEntries([
    ...valueFlags.map((name) => [name, { type: 'string' as const }]),
    ...switches.map((name) => [name, { type: 'boolean' as const }]),
    ['help', { type: 'boolean' as const, short: 'h' }],
  ]);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help === true) return 'help';
  const values = new Map<string, string>();
  const given = new Set<string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') values.set(`--${name}`, value);
    else if (value === true) given.add(`--${name}`);
  }
  return { values, switches: given };
}
