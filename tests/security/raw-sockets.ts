import net from 'node:net';

/** What came back on a raw connection: the first status code seen (0 for none), and when it closed. */
export interface RawOutcome {
  readonly status: number;
  readonly text: string;
  /** Milliseconds from the first byte sent until the server closed or answered; undefined if neither. */
  readonly endedAfterMs: number | undefined;
}

const statusOf = (text: string): number => Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);

/**
 * Writes `bytes` on a fresh connection and collects what comes back until
 * the server closes or `waitMs` passes (send `Connection: close` to be told).
 */
export function sendRaw(port: number, bytes: string | Buffer, waitMs = 5_000): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    let text = '';
    let settled = false;
    const finish = (ended: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: statusOf(text), text, endedAfterMs: ended ? Date.now() - started : undefined });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(bytes);
  });
}

/**
 * Sends the head of a request, then the rest one byte every `everyMs`
 * (a slow-loris client), until the server answers or closes, or
 * `giveUpMs` passes. `endedAfterMs` counts from the first byte.
 */
export function trickle(
  port: number,
  head: string,
  rest: string,
  options: { everyMs: number; giveUpMs: number },
): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    let text = '';
    let sent = 0;
    let settled = false;
    const finish = (ended: boolean): void => {
      if (settled) return;
      settled = true;
      clearInterval(drip);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ status: statusOf(text), text, endedAfterMs: ended ? Date.now() - started : undefined });
    };
    const drip = setInterval(() => {
      if (sent < rest.length && socket.writable) socket.write(rest[sent++] ?? '');
    }, options.everyMs);
    const giveUp = setTimeout(() => finish(false), options.giveUpMs);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      finish(true);
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(head);
  });
}

/** The head of a POST whose body of `contentLength` bytes is still to come. */
export const slowBodyHead = (contentLength: number): string =>
  [
    'POST / HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${contentLength}`,
    '',
    '',
  ].join('\r\n');

/**
 * Announces a body of `totalBytes` and writes it 64 KB at a time, stopping
 * as soon as the server answers or closes: the status of an early refusal
 * (413) is read even when the server stops reading the body.
 */
export function uploadUntilAnswered(port: number, totalBytes: number, giveUpMs = 20_000): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let text = '';
    let written = 0;
    let settled = false;
    const finish = (ended: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ status: statusOf(text), text, endedAfterMs: ended ? Date.now() - started : undefined });
    };
    const giveUp = setTimeout(() => finish(false), giveUpMs);
    const pump = (): void => {
      while (!settled && written < totalBytes) {
        written += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('data', (data: Buffer) => {
      text += data.toString('latin1');
      if (/\r\n\r\n/.test(text)) setTimeout(() => finish(true), 50);
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(slowBodyHead(totalBytes));
    pump();
  });
}
