import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_OWNER_KINDS,
  type DocumentCategory,
  type DocumentOwnerKind,
} from '@jcc/contracts';
import { PageQuery } from '../../../common/pagination/page-query';

export class ListDocumentsQuery extends PageQuery {
  @ApiProperty({ enum: DOCUMENT_OWNER_KINDS })
  @IsIn(DOCUMENT_OWNER_KINDS, {
    message: `ownerKind must be one of ${DOCUMENT_OWNER_KINDS.join(', ')}`,
  })
  ownerKind: DocumentOwnerKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId: string;

  @ApiPropertyOptional({ enum: DOCUMENT_CATEGORIES })
  @IsOptional()
  @IsIn(DOCUMENT_CATEGORIES, {
    message: `category must be one of ${DOCUMENT_CATEGORIES.join(', ')}`,
  })
  category?: DocumentCategory;
}
