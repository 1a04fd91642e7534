import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { IMPORT_LIMITS } from '@jcc/contracts';
import { InvalidInputError, PayloadTooLargeError } from '../../common/errors/domain-error';

export interface Upload {
  fileName: string;
  file: Buffer;
}

const TOO_LARGE = `The file is larger than ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB: split the member list into several files`;
/** Room for the multipart boundaries and headers around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads the one file of a multipart upload into memory, refusing a file over the limit as it
 * streams in (413) rather than after, and any other shape of request with a field error (400).
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > IMPORT_LIMITS.maxFileBytes + ENVELOPE_BYTES) {
    throw new PayloadTooLargeError(TOO_LARGE);
  }
  if (!request.isMultipart()) {
    throw InvalidInputError.field(
      'file',
      'send the member list as multipart/form-data, in a field named file',
    );
  }
  let part: MultipartFile | undefined;
  try {
    part = await request.file({
      limits: { fileSize: IMPORT_LIMITS.maxFileBytes, files: 1, fields: 10 },
    });
  } catch {
    throw InvalidInputError.field('file', 'the multipart body cannot be read');
  }
  if (!part || part.fieldname !== 'file') {
    throw InvalidInputError.field('file', 'file is required: a CSV or XLSX in a field named file');
  }
  try {
    const file = await part.toBuffer();
    return { fileName: part.filename.slice(0, 255) || 'upload', file };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new PayloadTooLargeError(TOO_LARGE);
    }
    throw InvalidInputError.field('file', 'the upload was cut short; send the file again');
  }
}
