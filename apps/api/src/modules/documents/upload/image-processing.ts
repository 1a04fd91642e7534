import sharp from 'sharp';
import type { DocumentContentType } from '@jcc/contracts';
import { UnsupportedFileError } from '../../../common/errors/domain-error';

export const THUMBNAIL = { width: 320, height: 320, contentType: 'image/webp' } as const;

const IMAGE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp']);

export function isImage(contentType: DocumentContentType): boolean {
  return IMAGE_TYPES.has(contentType);
}

// Bounded work per image: one sharp job at a time per core is plenty for uploads.
sharp.concurrency(1);

/**
 * Re-encodes an image in its own format without its metadata (EXIF GPS, camera, author: sharp
 * drops it unless asked to keep it), turned upright first, and writes a small WebP thumbnail.
 * A file that claims to be an image but does not decode is refused. Pixel count is bounded so
 * that a tiny "pixel flood" PNG cannot take the server's memory.
 */
export async function processImage(
  source: string,
  cleanTarget: string,
  thumbnailTarget: string,
  contentType: DocumentContentType,
): Promise<void> {
  try {
    const image = sharp(source, { limitInputPixels: 50_000_000, failOn: 'error' }).rotate();
    const encoded =
      contentType === 'image/png'
        ? image.clone().png()
        : contentType === 'image/webp'
          ? image.clone().webp({ quality: 90 })
          : image.clone().jpeg({ quality: 90, mozjpeg: true });
    await encoded.toFile(cleanTarget);
    await image
      .clone()
      .resize(THUMBNAIL.width, THUMBNAIL.height, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toFile(thumbnailTarget);
  } catch {
    throw new UnsupportedFileError(
      'The image cannot be read: it is damaged or not really an image',
    );
  }
}
