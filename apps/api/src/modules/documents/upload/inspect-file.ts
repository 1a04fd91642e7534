import { DOCUMENT_CONTENT_TYPES, type DocumentContentType } from '@jcc/contracts';
import { UnsupportedFileError } from '../../../common/errors/domain-error';
import { readZipDirectory } from './zip-directory';

/** An office file may unpack to at most this much (a 10 MB XLSX is rarely over 60 MB of XML). */
export const ZIP_LIMITS = { maxUncompressedBytes: 100 * 1024 * 1024, maxEntries: 5_000 } as const;

const OFFICE_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

type FileTypeModule = typeof import('file-type');
let fileTypeModule: Promise<FileTypeModule> | null = null;

/** file-type is ESM only; the API is CommonJS, so it is loaded once with a native import(). */
function loadFileType(): Promise<FileTypeModule> {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
}

/**
 * What a file really is, from its bytes: one of the six accepted types, or a 415. The declared
 * type and the name play no part. XLSX and DOCX are ZIPs: their central directory must promise a
 * sane unpacked size before they are accepted (a zip bomb is refused without being unpacked).
 */
export async function inspectFile(path: string): Promise<DocumentContentType> {
  const { fileTypeFromFile } = await loadFileType();
  const detected = await fileTypeFromFile(path);
  const mime = detected?.mime;
  if (!mime || !(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(mime)) {
    throw new UnsupportedFileError(
      `Only PDF, JPEG, PNG, WebP, XLSX and DOCX files are accepted; this file's content is ${
        mime ?? 'not a known type'
      }`,
    );
  }
  if (OFFICE_TYPES.has(mime)) {
    const directory = await readZipDirectory(path);
    if (
      !directory ||
      directory.entries > ZIP_LIMITS.maxEntries ||
      directory.uncompressedBytes > ZIP_LIMITS.maxUncompressedBytes
    ) {
      throw new UnsupportedFileError(
        'This office file would unpack to far more than its size (or its directory is damaged); save it again and upload the new copy',
        'unsafe_file',
      );
    }
  }
  return mime as DocumentContentType;
}
