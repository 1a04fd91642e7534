import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_OWNER_KINDS,
  DOCUMENT_SCAN_STATUSES,
  EVIDENCE_PAPERS,
  type ChatMessage,
  type DocumentCategory,
  type DocumentContentType,
  type DocumentOwnerKind,
  type DocumentResponse,
  type DocumentScanStatus,
  type DocumentUsageResponse,
  type EvidencePaper,
  type PaperRequestResponse,
} from '@jcc/contracts';

/** OpenAPI shapes of the documents module's answers (the wire types live in libs/contracts). */
export class DocumentDto implements DocumentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOCUMENT_OWNER_KINDS }) ownerKind: DocumentOwnerKind;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
  @ApiProperty({ enum: DOCUMENT_CATEGORIES }) category: DocumentCategory;
  @ApiProperty({ enum: EVIDENCE_PAPERS, nullable: true, type: String }) paper: EvidencePaper | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: DOCUMENT_CONTENT_TYPES }) contentType: DocumentContentType;
  @ApiProperty() size: number;
  @ApiProperty() hasThumbnail: boolean;
  @ApiProperty({ nullable: true, type: String }) issuer: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) expiresOn: string | null;
  @ApiProperty() expired: boolean;
  @ApiProperty({ enum: DOCUMENT_SCAN_STATUSES }) scanStatus: DocumentScanStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) uploadedByUserId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DocumentPageDto {
  @ApiProperty({ type: [DocumentDto] }) items: DocumentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class UploadResultDto {
  @ApiProperty({ type: DocumentDto }) document: DocumentDto;
  @ApiProperty({ description: 'false: a retried clientId, the stored document is answered' })
  created: boolean;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Chat attachments: the message that carries the file (also sent as message:new)',
  })
  message?: ChatMessage;
}

export class DocumentUsageDto implements DocumentUsageResponse {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() usedBytes: number;
  @ApiProperty() quotaBytes: number;
}

export class PaperRequestDto implements PaperRequestResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ enum: EVIDENCE_PAPERS, isArray: true }) papers: EvidencePaper[];
  @ApiProperty({ enum: EVIDENCE_PAPERS, isArray: true }) provided: EvidencePaper[];
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PaperRequestListDto {
  @ApiProperty({ type: [PaperRequestDto] }) items: PaperRequestDto[];
}
