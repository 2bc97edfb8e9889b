import { pino, stdTimeFunctions } from 'pino';
import type { DestinationStream } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { LogLevel } from './config';

/** Structured, leveled logging (pino): one JSON object per line, readable text on a terminal. */
export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Never logged, whatever a caller passes in `fields`: credentials, and the
 * variables and headers of a request (researchers' queries may carry what
 * they would not want in an operator's log system).
 */
const REDACTED = ['password', '*.password', 'variables', '*.variables', 'authorization', '*.authorization'];

function destinationFor(stream: NodeJS.WritableStream): DestinationStream {
  if ((stream as { isTTY?: boolean }).isTTY !== true) return stream as DestinationStream;
  return PinoPretty({
    destination: stream,
    sync: true,
    messageKey: 'message',
    ignore: 'pid,hostname',
    translateTime: 'SYS:HH:MM:ss.l',
  });
}

/**
 * A logger writing lines at `level` and above to `stream` (stderr): JSON with
 * `time`, `level` (a name), `message`, `pid`, `hostname` and the fields given,
 * or pino-pretty's text when the stream is a terminal.
 */
export function createLogger(level: LogLevel, stream: NodeJS.WritableStream = process.stderr): Logger {
  const log = pino(
    {
      level,
      messageKey: 'message',
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    level === 'silent' ? undefined : destinationFor(stream),
  );
  const at =
    (name: 'error' | 'warn' | 'info' | 'debug') =>
    (message: string, fields: Record<string, unknown> = {}): void =>
      log[name](fields, message);
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger('silent');
