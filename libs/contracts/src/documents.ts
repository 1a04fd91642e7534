import type { ChatMessage } from './chat';

// ---------------------------------------------------------------------------------------------
// Documents: files on firms (verification evidence, public catalogue and certificates), chat
// attachments and, through the same owner-kind seam, agreements.
// ---------------------------------------------------------------------------------------------

/**
 * What a document belongs to. Each kind has one access policy in the API (who may upload, read,
 * delete); a new feature (agreements) adds its kind here and registers its policy.
 */
export const DOCUMENT_OWNER_KINDS = ['company', 'conversation', 'agreement'] as const;
export type DocumentOwnerKind = (typeof DOCUMENT_OWNER_KINDS)[number];

/**
 * `evidence`: papers for the chamber's verification (the firm and staff only);
 * `catalogue`, `certificate`, `price_list`: public on the firm's profile once it is verified;
 * `attachment`: a file sent in a conversation; `agreement`: a signed copy or annex.
 */
export const DOCUMENT_CATEGORIES = [
  'evidence',
  'catalogue',
  'certificate',
  'price_list',
  'attachment',
  'agreement',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

export const PUBLIC_COMPANY_CATEGORIES = ['catalogue', 'certificate', 'price_list'] as const;

/** The papers a chamber verifies a firm against (what a refusal may ask for). */
export const EVIDENCE_PAPERS = [
  'ntn_certificate',
  'secp_incorporation',
  'voen_extract',
  'chamber_membership',
  'other',
] as const;
export type EvidencePaper = (typeof EVIDENCE_PAPERS)[number];

/** Judged by the file's content (magic bytes), never by its name or declared type. */
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

export const DOCUMENT_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxNameLength: 200,
  maxIssuerLength: 200,
  /** The web's file picker; the API decides by content. */
  accept: '.pdf,.jpg,.jpeg,.png,.webp,.xlsx,.docx',
} as const;

/** `pending` while a virus scan runs (only with CLAMAV_URL), then `clean` or `refused`. */
export const DOCUMENT_SCAN_STATUSES = ['pending', 'clean', 'refused'] as const;
export type DocumentScanStatus = (typeof DOCUMENT_SCAN_STATUSES)[number];

export interface DocumentResponse {
  id: string;
  ownerKind: DocumentOwnerKind;
  ownerId: string;
  category: DocumentCategory;
  /** Evidence only: which paper this is. */
  paper: EvidencePaper | null;
  /** The sanitised original name (what a download is saved as). */
  name: string;
  contentType: DocumentContentType;
  size: number;
  hasThumbnail: boolean;
  /** Certificates: who issued it and until when it holds (YYYY-MM-DD). */
  issuer: string | null;
  expiresOn: string | null;
  expired: boolean;
  scanStatus: DocumentScanStatus;
  uploadedByUserId: string | null;
  createdAt: string;
}

export interface DocumentUsageResponse {
  companyId: string;
  usedBytes: number;
  quotaBytes: number;
}

export interface PaperRequestResponse {
  id: string;
  companyId: string;
  papers: EvidencePaper[];
  /** Papers of this request for which evidence was uploaded after it was made. */
  provided: EvidencePaper[];
  note: string | null;
  createdAt: string;
}

/** `GET /api/companies/:id/paper-requests`: all of a firm's (few), newest first. */
export interface PaperRequestList {
  items: PaperRequestResponse[];
}

/** `POST /api/documents`: 201 stored, or 200 for a retried clientId (the stored one, `created: false`). */
export interface DocumentUploadResponse {
  document: DocumentResponse;
  created: boolean;
  /** Chat attachments: the message that carries the file (also sent as `message:new`). */
  message?: ChatMessage;
}
