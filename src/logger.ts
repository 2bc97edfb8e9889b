import type { LogLevel } from './config';

/** Structured, leveled logging to stderr (one JSON object per line when not on a terminal). */
export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** A logger writing lines at `level` and above; readable text on a terminal, JSON otherwise. */
export function createLogger(level: LogLevel, stream: NodeJS.WritableStream = process.stderr): Logger {
  const pretty = (stream as { isTTY?: boolean }).isTTY === true;
  const write =
    (at: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: Record<string, unknown> = {}): void => {
      if (ORDER[at] > ORDER[level]) return;
      if (pretty) {
        const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
        stream.write(`${at.toUpperCase().padEnd(5)} ${message}${extra}\n`);
      } else {
        stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields })}\n`);
      }
    };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger('silent');
