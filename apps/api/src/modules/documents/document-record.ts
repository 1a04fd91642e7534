import type {
  DocumentCategory,
  DocumentContentType,
  DocumentOwnerKind,
  DocumentResponse,
  DocumentScanStatus,
  EvidencePaper,
} from '@jcc/contracts';

/** A row of `documents` as the module works with it. */
export interface DocumentRecord {
  id: string;
  ownerKind: DocumentOwnerKind;
  ownerId: string;
  category: DocumentCategory;
  paper: EvidencePaper | null;
  companyId: string | null;
  name: string;
  contentType: DocumentContentType;
  size: number;
  storageKey: string;
  thumbnailKey: string | null;
  issuer: string | null;
  expiresOn: string | null;
  scanStatus: DocumentScanStatus;
  clientId: string | null;
  uploadedBy: string | null;
  createdAt: Date;
}

export function toDocumentResponse(record: DocumentRecord, today = new Date()): DocumentResponse {
  return {
    id: record.id,
    ownerKind: record.ownerKind,
    ownerId: record.ownerId,
    category: record.category,
    paper: record.paper,
    name: record.name,
    contentType: record.contentType,
    size: record.size,
    hasThumbnail: record.thumbnailKey !== null,
    issuer: record.issuer,
    expiresOn: record.expiresOn,
    expired: record.expiresOn !== null && record.expiresOn < today.toISOString().slice(0, 10),
    scanStatus: record.scanStatus,
    uploadedByUserId: record.uploadedBy,
    createdAt: record.createdAt.toISOString(),
  };
}
