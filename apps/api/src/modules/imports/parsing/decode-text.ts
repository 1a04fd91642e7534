import { FileProblem } from './file-format';

/** Encodings a CSV may be declared in with `?encoding=`; `auto` detects UTF-8 and UTF-16. */
export const TEXT_ENCODINGS = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1256',
  'windows-1251',
  'windows-1254',
  'windows-1252',
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

const NOT_UTF8 =
  'The file is not UTF-8 text. Save it from Excel as "CSV UTF-8", or upload it again with ' +
  '?encoding=windows-1256 (Urdu/Arabic Windows), windows-1251 (Cyrillic), windows-1254 (Turkish/Azerbaijani Latin) ' +
  'or windows-1252 (Western)';

/**
 * Turns the bytes of a CSV into text. With `auto`: a UTF-8 or UTF-16 byte-order mark decides;
 * UTF-16 without a mark is recognised by its zero bytes; otherwise the text must be valid UTF-8.
 * Legacy code pages cannot be told apart reliably (every byte is valid in each), so those are
 * never guessed: the message says how to declare one.
 */
export function decodeText(buffer: Buffer, encoding: TextEncoding): string {
  if (encoding !== 'auto') {
    return stripBom(new TextDecoder(encoding).decode(buffer));
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return strictDecode('utf-8', buffer.subarray(3));
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return strictDecode('utf-16le', buffer.subarray(2));
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return strictDecode('utf-16be', buffer.subarray(2));
  }
  const utf16 = guessUtf16WithoutBom(buffer);
  if (utf16) {
    return strictDecode(utf16, buffer);
  }
  return strictDecode('utf-8', buffer);
}

function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Buffer): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem(
      encoding === 'utf-8' ? NOT_UTF8 : `The file is not valid ${encoding.toUpperCase()} text`,
    );
  }
}

/** Mostly-ASCII text in UTF-16 has a zero in every other byte; real CSV text has none. */
function guessUtf16WithoutBom(buffer: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = buffer.subarray(0, Math.min(buffer.length, 4096) & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) {
      evenZeros += 1;
    }
    if (sample[index + 1] === 0) {
      oddZeros += 1;
    }
  }
  const pairs = sample.length / 2;
  if (pairs > 0 && oddZeros / pairs > 0.3 && evenZeros === 0) {
    return 'utf-16le';
  }
  if (pairs > 0 && evenZeros / pairs > 0.3 && oddZeros === 0) {
    return 'utf-16be';
  }
  return null;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
