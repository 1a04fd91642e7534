// A TCP relay in front of the platform that counts the bytes the server sends (headers, bodies,
// web socket frames — everything on the wire), so the benchmark's "transferred" includes what the
// page, its service worker and its sockets fetch, whichever browser target asks.
import { connect, createServer } from 'node:net';

export async function startByteCounter(targetPort) {
  let bytes = 0;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    upstream.on('data', (chunk) => {
      bytes += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    /** Bytes sent by the server since the last call. */
    take() {
      const taken = bytes;
      bytes = 0;
      return taken;
    },
    async stop() {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
