import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import type { Environment } from '../../../config/environment';
import { projectRoot } from '../../../config/project-root';
import { DiskFileStore } from './disk-file-store';
import { FILE_STORE, type FileStore } from './file-store';
import { S3FileStore } from './s3-file-store';

const S3_KEYS = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/**
 * S3-compatible storage when S3_ENDPOINT, S3_BUCKET and both keys are set; otherwise the disk.
 * Some but not all of them is a configuration mistake, refused at start rather than guessed.
 */
export function createFileStore(env: Environment): FileStore {
  const given = S3_KEYS.filter((key) => env[key]);
  if (given.length > 0 && given.length < S3_KEYS.length) {
    const missing = S3_KEYS.filter((key) => !env[key]);
    throw new Error(`Invalid environment:\n  S3 storage needs ${missing.join(', ')} as well`);
  }
  if (given.length === S3_KEYS.length) {
    return new S3FileStore({
      endpoint: env.S3_ENDPOINT!,
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
  }
  return new DiskFileStore(env.FILES_DIR ?? join(projectRoot(), '.data', 'files'));
}

export const fileStoreProvider: Provider = {
  provide: FILE_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createFileStore(config.env),
};
