import { connect } from 'node:net';
import type { Readable } from 'node:stream';

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

const CHUNK = 64 * 1024;

/**
 * clamd's INSTREAM command over TCP: `zINSTREAM\0`, then chunks each prefixed with its length
 * (4 bytes, big-endian), then a zero length; clamd answers `stream: OK` or `stream: <name> FOUND`.
 * The file is streamed from the store, never loaded whole.
 */
export async function scanWithClamd(
  url: string,
  body: Readable,
  timeoutMs = 60_000,
): Promise<ScanVerdict> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  socket.setTimeout(timeoutMs, () => socket.destroy(new Error('clamd did not answer in time')));
  const answer = new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write('zINSTREAM\0');
  for await (const piece of body) {
    const buffer = piece as Buffer;
    for (let at = 0; at < buffer.length; at += CHUNK) {
      const slice = buffer.subarray(at, at + CHUNK);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(slice.length);
      if (!socket.write(Buffer.concat([length, slice]))) {
        await new Promise((resolve) => socket.once('drain', resolve));
      }
    }
  }
  socket.end(Buffer.alloc(4));
  const text = (await answer).replace(/\0/g, '').trim();
  if (/:\s*OK$/.test(text)) {
    return { clean: true };
  }
  const found = /:\s*(.+)\s+FOUND$/.exec(text);
  if (found) {
    return { clean: false, signature: found[1] };
  }
  throw new Error(`clamd answered: ${text || 'nothing'}`);
}
