import { DOCUMENT_LIMITS } from '@jcc/contracts';

import { ApiError } from '@/lib/api-error';

export type UploadProblemKey =
  | 'errorTooLarge'
  | 'errorType'
  | 'errorUnsafe'
  | 'errorQuota'
  | 'errorName'
  | 'errorNotFound'
  | 'errorGeneric';

const EXTENSIONS = DOCUMENT_LIMITS.accept.split(',');

/**
 * What the browser can tell before sending: the size, and an extension that cannot be one of the
 * accepted types. The server still judges the content; this only spares a pointless upload.
 */
export function checkFile(file: { name: string; size: number }): UploadProblemKey | null {
  if (file.size > DOCUMENT_LIMITS.maxFileBytes) {
    return 'errorTooLarge';
  }
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  if (!EXTENSIONS.includes(extension)) {
    return 'errorType';
  }
  return null;
}

/** The sentence for an upload the API refused, by its error code. */
export function uploadErrorKey(error: unknown): UploadProblemKey {
  if (!(error instanceof ApiError)) {
    return 'errorGeneric';
  }
  switch (error.code) {
    case 'file_too_large':
    case 'payload_too_large':
      return 'errorTooLarge';
    case 'file_type_not_allowed':
      return 'errorType';
    case 'unsafe_file':
      return 'errorUnsafe';
    case 'storage_quota_exceeded':
      return 'errorQuota';
    case 'not_found':
    case 'forbidden':
      return 'errorNotFound';
    case 'invalid_input':
      return error.fieldErrors.some((field) => field.field === 'file')
        ? 'errorName'
        : 'errorGeneric';
    default:
      return 'errorGeneric';
  }
}
