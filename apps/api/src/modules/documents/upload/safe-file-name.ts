import { DOCUMENT_LIMITS, type DocumentContentType } from '@jcc/contracts';

const EXTENSIONS: Record<DocumentContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/**
 * The name a file is kept and served under: no folders (`../`, `\`), no control or bidi-override
 * characters, no leading dots, at most 200 characters, and the extension of what the content
 * really is (a `.exe` name on a PDF becomes `.pdf`). Letters of any script are kept.
 */
export function safeFileName(raw: string, contentType: DocumentContentType): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // Control characters, bidi overrides and other invisible formatting.
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim();
  const stem = cleaned.replace(/\.[^.]*$/, '').trim() || 'document';
  const extension = EXTENSIONS[contentType];
  return `${stem.slice(0, DOCUMENT_LIMITS.maxNameLength - extension.length - 1)}.${extension}`;
}

/** Whether a client's name is one we refuse outright (rather than quietly clean). */
export function unsafeNameReason(raw: string): string | null {
  if (/[\p{Cc}]/u.test(raw)) {
    return 'the file name contains control characters';
  }
  if (/(^|[\\/])\.\.([\\/]|$)/.test(raw) || /[\\/]/.test(raw)) {
    return 'the file name must not contain a folder path';
  }
  return null;
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
