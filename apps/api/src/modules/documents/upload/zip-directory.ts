import { open } from 'node:fs/promises';

/** What a ZIP (XLSX, DOCX) says about itself in its central directory, read without unpacking. */
export interface ZipDirectory {
  entries: number;
  uncompressedBytes: number;
  /** Largest uncompressed ÷ compressed size of one entry. */
  worstRatio: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/**
 * Reads the end-of-central-directory record and walks the directory, summing the sizes each entry
 * declares. A ZIP64 archive (sizes in extra fields) or a damaged directory gives null: an office
 * file of at most 10 MB never needs ZIP64, so the caller refuses it.
 */
export async function readZipDirectory(path: string): Promise<ZipDirectory | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let at = tailLength - EOCD_MIN; at >= 0; at -= 1) {
      if (tail.readUInt32LE(at) === EOCD_SIGNATURE) {
        eocd = at;
        break;
      }
    }
    if (eocd < 0) {
      return null;
    }
    const entries = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (
      entries === 0xffff ||
      directorySize === 0xffffffff ||
      directoryOffset === 0xffffffff ||
      directoryOffset + directorySize > size
    ) {
      return null;
    }
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    let at = 0;
    let uncompressedBytes = 0;
    let worstRatio = 0;
    for (let index = 0; index < entries; index += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
        return null;
      }
      const compressed = directory.readUInt32LE(at + 20);
      const uncompressed = directory.readUInt32LE(at + 24);
      if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
        return null;
      }
      uncompressedBytes += uncompressed;
      worstRatio = Math.max(worstRatio, uncompressed / Math.max(compressed, 1));
      at +=
        46 +
        directory.readUInt16LE(at + 28) +
        directory.readUInt16LE(at + 30) +
        directory.readUInt16LE(at + 32);
    }
    return { entries, uncompressedBytes, worstRatio };
  } finally {
    await handle.close();
  }
}
