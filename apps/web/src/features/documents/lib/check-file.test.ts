import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-error';
import { checkFile, uploadErrorKey } from './check-file';

describe('checkFile', () => {
  it('refuses what is too large or cannot be an accepted type, before sending', () => {
    expect(checkFile({ name: 'catalogue.pdf', size: 1000 })).toBeNull();
    expect(checkFile({ name: 'PHOTO.JPEG', size: 1000 })).toBeNull();
    expect(checkFile({ name: 'big.pdf', size: 10 * 1024 * 1024 + 1 })).toBe('errorTooLarge');
    expect(checkFile({ name: 'setup.exe', size: 10 })).toBe('errorType');
    expect(checkFile({ name: 'no-extension', size: 10 })).toBe('errorType');
  });
});

describe('uploadErrorKey', () => {
  it.each([
    ['file_too_large', 413, 'errorTooLarge'],
    ['file_type_not_allowed', 415, 'errorType'],
    ['unsafe_file', 415, 'errorUnsafe'],
    ['storage_quota_exceeded', 413, 'errorQuota'],
    ['not_found', 404, 'errorNotFound'],
  ])('%s → %s', (code, status, key) => {
    expect(
      uploadErrorKey(new ApiError(status, { statusCode: status, error: 'x', message: 'x', code })),
    ).toBe(key);
  });

  it('a refused file name, and the connection cut after a 413', () => {
    const name = new ApiError(400, {
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_input',
      message: [{ field: 'file', messages: ['the file name must not contain a folder path'] }],
    });
    expect(uploadErrorKey(name)).toBe('errorName');
    expect(uploadErrorKey(new ApiError(0, null))).toBe('errorGeneric');
  });
});
