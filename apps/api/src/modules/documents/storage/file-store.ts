import type { Readable } from 'node:stream';

/**
 * Where uploaded files live: local disk by default, S3-compatible storage when configured. Keys
 * are opaque (`documents/<uuid>`), made by the documents module, never from user input.
 */
export interface FileStore {
  readonly driver: 'disk' | 's3';
  /** Streams `body` to `key`; on failure nothing is left under `key`. */
  put(key: string, body: Readable, contentType: string): Promise<void>;
  /** The object's bytes as a stream; NotFound when it does not exist. */
  open(key: string): Promise<Readable>;
  /** Removes the object; a missing one is not an error. */
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export const FILE_STORE = Symbol('FILE_STORE');

export class StoredObjectMissing extends Error {
  constructor(key: string) {
    super(`No stored object ${key}`);
  }
}
