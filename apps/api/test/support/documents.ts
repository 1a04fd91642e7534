import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type TestAgent from 'supertest/lib/agent';
import { bearer } from './factories';

export type StorageDriver = 'disk' | 's3';

/** A file store for one test file: a temporary folder, or a bucket on s3rver / MinIO. */
export interface TestStorage {
  driver: StorageDriver;
  /** The environment that points the app at it. */
  env: Record<string, string>;
  /** Objects (files) stored right now. */
  countObjects(): Promise<number>;
  close(): Promise<void>;
}

export async function startStorage(driver: StorageDriver): Promise<TestStorage> {
  return driver === 'disk' ? startDiskStorage() : startS3Storage();
}

async function startDiskStorage(): Promise<TestStorage> {
  const folder = await mkdtemp(join(tmpdir(), 'jcc-files-'));
  return {
    driver: 'disk',
    env: { FILES_DIR: folder },
    countObjects: () => countFiles(folder),
    close: () => rm(folder, { recursive: true, force: true }),
  };
}

async function countFiles(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/**
 * MinIO (or any S3) when S3_ENDPOINT is set in the test's environment, with a fresh prefix-free
 * bucket named by S3_BUCKET; otherwise s3rver in this process on a free loopback port.
 */
async function startS3Storage(): Promise<TestStorage> {
  if (process.env.S3_ENDPOINT) {
    const env = {
      S3_ENDPOINT: process.env.S3_ENDPOINT,
      S3_BUCKET: process.env.S3_BUCKET ?? 'jcc-test',
      S3_ACCESS_KEY_ID: process.env.S3_ACCESS_KEY_ID ?? 'minioadmin',
      S3_SECRET_ACCESS_KEY: process.env.S3_SECRET_ACCESS_KEY ?? 'minioadmin',
    };
    return {
      driver: 's3',
      env,
      countObjects: () => countBucket(env),
      close: () => Promise.resolve(),
    };
  }
  const folder = await mkdtemp(join(tmpdir(), 'jcc-s3rver-'));
  const bucket = `jcc-${randomBytes(4).toString('hex')}`;
  // s3rver ships no types; its constructor and run() are all this needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  };
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: folder,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const env = {
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  return {
    driver: 's3',
    env,
    countObjects: () => countBucket(env),
    close: async () => {
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function countBucket(env: Record<string, string>): Promise<number> {
  const client = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
  });
  let count = 0;
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: env.S3_BUCKET, ContinuationToken: token }),
    );
    count += page.KeyCount ?? 0;
    token = page.NextContinuationToken;
  } while (token);
  client.destroy();
  return count;
}

/** A multipart body with one file part, written by hand so the name can be anything. */
export function multipart(
  file: Buffer,
  fileName: string,
  contentType = 'application/octet-stream',
): { body: Buffer; type: string } {
  const boundary = `----jcc${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, file, tail]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

export type UploadQuery = Record<string, string>;

export function upload(
  http: TestAgent,
  token: string | null,
  query: UploadQuery,
  file: Buffer,
  fileName: string,
  contentType?: string,
) {
  const { body, type } = multipart(file, fileName, contentType);
  const call = http.post('/api/documents').query(query).set('Content-Type', type);
  return (token ? call.set(bearer(token)) : call).send(body);
}

/** A small but real PDF (file-type knows it by `%PDF-`). */
export function pdf(text = 'certificate'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** Bytes of a Windows executable (MZ header, PE signature). */
export function executable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** supertest's parser for a binary body (the answer's body becomes a Buffer). */
export function binaryParser(
  response: unknown,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => {
    const body = Buffer.concat(chunks);
    // Errors still answer JSON: parse them so that the error-shape checks can read them.
    const type = String(
      (response as { headers?: Record<string, string> }).headers?.['content-type'],
    );
    callback(null, type.startsWith('application/json') ? JSON.parse(body.toString('utf8')) : body);
  });
}
