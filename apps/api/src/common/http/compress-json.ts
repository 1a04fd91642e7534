import compress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Below this a JSON body gains less than the compressor costs (and fits one TCP packet). */
export const JSON_COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * API responses in JSON (and problem+json) compressed as the client accepts: brotli at quality 4
 * (11, zlib's default, costs ~10× the CPU for a few % smaller), else gzip. Only JSON: the web
 * app's files are compressed at build time, and socket.io never goes through Fastify's routes.
 * Request bodies are left as they come (no decompression of uploads).
 */
export async function compressJsonResponses(app: NestFastifyApplication): Promise<void> {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: JSON_COMPRESSION_THRESHOLD_BYTES,
    customTypes: /(?:\+|\/)json(?:;|$)/u,
  });
}
