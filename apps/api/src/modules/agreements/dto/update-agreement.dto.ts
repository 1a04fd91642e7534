import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import {
  AGREEMENT_KINDS,
  AGREEMENT_LIMITS,
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  SECTOR_CODES,
  type AgreementKind,
  type CommitmentKind,
  type CommitmentStatus,
  type SectorCode,
} from '@jcc/contracts';
import { codeListField } from '../../../common/validation/field-decorators';
import { DateOnlyField, DocumentUrlField, LongTextField, ShortTextField } from './agreement-fields';

/** Staff: a partial edit of the agreement itself; absent fields stay as they are. */
export class UpdateAgreementDto {
  @ShortTextField('title', 'optional') title?: string;

  @ApiPropertyOptional({ enum: AGREEMENT_KINDS })
  @IsOptional()
  @IsIn(AGREEMENT_KINDS, { message: 'kind must be mou or agreement' })
  kind?: AgreementKind;

  @LongTextField('summary', AGREEMENT_LIMITS.summaryMax) summary?: string;

  @codeListField('sectors', SECTOR_CODES, { min: 1, max: 5 }, 'optional') sectors?: SectorCode[];

  @DateOnlyField('signedOn', 'optional') signedOn?: string;

  @DocumentUrlField() documentUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((_dto, value) => value !== undefined && value !== null)
  @IsUUID('all', { message: 'responsibleStaffUserId must be a UUID' })
  responsibleStaffUserId?: string | null;
}

/** A commitment added later, by a party or staff. */
export class AddCommitmentDto {
  @ShortTextField('title', 'required') title: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The owner party (an id of `parties`)' })
  @IsUUID('all', { message: 'ownerPartyId must be a UUID' })
  ownerPartyId: string;

  @DateOnlyField('dueOn', 'required') dueOn: string;

  @ApiPropertyOptional({ enum: COMMITMENT_KINDS, default: 'general' })
  @IsOptional()
  @IsIn(COMMITMENT_KINDS, { message: 'kind must be general or first_shipment' })
  kind?: CommitmentKind;
}

/** Staff: edit a commitment's terms (its status changes through status updates). */
export class UpdateCommitmentDto {
  @ShortTextField('title', 'optional') title?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerPartyId must be a UUID' })
  ownerPartyId?: string;

  @DateOnlyField('dueOn', 'optional') dueOn?: string;

  @ApiPropertyOptional({ enum: COMMITMENT_KINDS })
  @IsOptional()
  @IsIn(COMMITMENT_KINDS, { message: 'kind must be general or first_shipment' })
  kind?: CommitmentKind;
}

/** A status update by either party (or staff): a short note, and a commitment's new status. */
export class StatusUpdateDto {
  @ShortTextField('note', 'required', AGREEMENT_LIMITS.noteMax) note: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((dto: StatusUpdateDto) => dto.commitmentId !== undefined || dto.status !== undefined)
  @IsUUID('all', { message: 'commitmentId must be a UUID (a status belongs to a commitment)' })
  commitmentId?: string;

  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES })
  @IsOptional()
  @IsIn(COMMITMENT_STATUSES, { message: 'status must be open, in_progress, done or dropped' })
  status?: CommitmentStatus;
}
