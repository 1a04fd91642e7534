import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  CHAT_LIMITS,
  DOCUMENT_CATEGORIES,
  DOCUMENT_LIMITS,
  DOCUMENT_OWNER_KINDS,
  EVIDENCE_PAPERS,
  type DocumentCategory,
  type DocumentOwnerKind,
  type EvidencePaper,
} from '@jcc/contracts';
import { trim } from '../../../common/validation/field-decorators';

/**
 * What a file is for, in the query string: the body is the file alone (multipart, field `file`),
 * so that everything can be checked before a byte of it is read.
 */
export class UploadDocumentQuery {
  @ApiProperty({ enum: DOCUMENT_OWNER_KINDS })
  @IsIn(DOCUMENT_OWNER_KINDS, {
    message: `ownerKind must be one of ${DOCUMENT_OWNER_KINDS.join(', ')}`,
  })
  ownerKind: DocumentOwnerKind;

  @ApiProperty({ format: 'uuid', description: 'The firm, conversation or agreement' })
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId: string;

  @ApiProperty({ enum: DOCUMENT_CATEGORIES })
  @IsIn(DOCUMENT_CATEGORIES, {
    message: `category must be one of ${DOCUMENT_CATEGORIES.join(', ')}`,
  })
  category: DocumentCategory;

  @ApiPropertyOptional({ enum: EVIDENCE_PAPERS, description: 'Evidence: which paper this is' })
  @IsOptional()
  @IsIn(EVIDENCE_PAPERS, { message: `paper must be one of ${EVIDENCE_PAPERS.join(', ')}` })
  paper?: EvidencePaper;

  @ApiPropertyOptional({ maxLength: DOCUMENT_LIMITS.maxIssuerLength, description: 'Certificates' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'issuer must be at least 1 character' })
  @MaxLength(DOCUMENT_LIMITS.maxIssuerLength, { message: 'issuer must be at most 200 characters' })
  issuer?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Certificates: valid until (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiresOn must be a date like 2027-06-30' })
  @IsISO8601({ strict: true }, { message: 'expiresOn must be a date like 2027-06-30' })
  expiresOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Chat: makes a retried upload one message' })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId?: string;

  @ApiPropertyOptional({
    maxLength: CHAT_LIMITS.bodyMaxLength,
    description: 'Chat: words sent with the file',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'caption must be at least 1 character' })
  @MaxLength(CHAT_LIMITS.bodyMaxLength, {
    message: `caption must be at most ${CHAT_LIMITS.bodyMaxLength} characters`,
  })
  caption?: string;
}
