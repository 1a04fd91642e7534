import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_LIMITS } from '@jcc/contracts';
import { InvalidInputError, PayloadTooLargeError } from '../../../common/errors/domain-error';
import { unsafeNameReason } from './safe-file-name';

/** A file received to a temporary path: never held in memory, removed by `discard`. */
export interface ReceivedFile {
  path: string;
  clientName: string;
  size: number;
  discard(): Promise<void>;
}

/** Room for the multipart boundary and part headers around the file. */
const ENVELOPE_BYTES = 64 * 1024;
const TOO_LARGE = `The file is larger than ${DOCUMENT_LIMITS.maxFileBytes / 1024 / 1024} MB`;

/**
 * Streams the one file of a multipart request to a temporary file, counting bytes as they come:
 * a declared body over the limit is refused before a byte is read, and a body that turns out
 * larger (chunked, or lying) is cut off at the limit. Either way the connection is closed after
 * the 413, so a client cannot make the server read a 1 GB body to the end.
 */
export async function receiveUpload(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<ReceivedFile> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > DOCUMENT_LIMITS.maxFileBytes + ENVELOPE_BYTES) {
    void reply.header('Connection', 'close');
    throw new PayloadTooLargeError(TOO_LARGE, 'file_too_large');
  }
  if (!request.isMultipart()) {
    throw InvalidInputError.field(
      'file',
      'send the file as multipart/form-data, in a field named file',
    );
  }
  let part: MultipartFile | undefined;
  try {
    part = await request.file({
      // Keep the client's path so that a name with `../` is refused, not silently shortened.
      preservePath: true,
      limits: { fileSize: DOCUMENT_LIMITS.maxFileBytes, files: 1, fields: 0, parts: 2 },
    });
  } catch {
    throw InvalidInputError.field('file', 'the multipart body cannot be read');
  }
  if (!part || part.fieldname !== 'file') {
    throw InvalidInputError.field('file', 'file is required, in a field named file');
  }
  const nameProblem = unsafeNameReason(part.filename);
  if (nameProblem) {
    part.file.resume();
    throw InvalidInputError.field('file', nameProblem);
  }
  const folder = join(tmpdir(), 'jcc-uploads');
  await mkdir(folder, { recursive: true });
  const path = join(folder, randomUUID());
  const discard = () => rm(path, { force: true });
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(part.file, counter, createWriteStream(path));
  } catch {
    await discard();
    throw InvalidInputError.field('file', 'the upload was cut short; send the file again');
  }
  if (part.file.truncated || size > DOCUMENT_LIMITS.maxFileBytes) {
    await discard();
    void reply.header('Connection', 'close');
    throw new PayloadTooLargeError(TOO_LARGE, 'file_too_large');
  }
  if (size === 0) {
    await discard();
    throw InvalidInputError.field('file', 'the file is empty');
  }
  return { path, clientName: part.filename, size, discard };
}
