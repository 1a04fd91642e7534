import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  AGREEMENT_KINDS,
  AGREEMENT_LIMITS,
  AGREEMENT_SOURCE_KINDS,
  COMMITMENT_KINDS,
  COUNTRIES,
  SECTOR_CODES,
  type AgreementKind,
  type AgreementSourceKind,
  type CommitmentKind,
  type Country,
  type SectorCode,
} from '@jcc/contracts';
import { codeListField } from '../../../common/validation/field-decorators';
import { DateOnlyField, DocumentUrlField, LongTextField, ShortTextField } from './agreement-fields';

/** A party: a firm by its id, or (staff only) an institution by name and country. */
export class AgreementPartyInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'A firm; omit for an institution' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;

  @ApiPropertyOptional({ description: 'Institution only (staff): its name' })
  @ValidateIf((party: AgreementPartyInput) => party.companyId === undefined)
  @ShortTextField('institutionName', 'required')
  institutionName?: string;

  @ApiPropertyOptional({ enum: COUNTRIES, description: 'Institution only (staff): its country' })
  @ValidateIf((party: AgreementPartyInput) => party.companyId === undefined)
  @IsIn(COUNTRIES, { message: 'country must be PK or AZ' })
  country?: Country;
}

export class CommitmentInput {
  @ShortTextField('title', 'required') title: string;

  @ApiProperty({ minimum: 0, description: 'Index of the owner in `parties`' })
  @IsIn([...Array(AGREEMENT_LIMITS.partiesMax).keys()], {
    message: 'ownerParty must be the index of one of the parties',
  })
  ownerParty: number;

  @DateOnlyField('dueOn', 'required') dueOn: string;

  @ApiPropertyOptional({ enum: COMMITMENT_KINDS, default: 'general' })
  @IsOptional()
  @IsIn(COMMITMENT_KINDS, { message: 'kind must be general or first_shipment' })
  kind?: CommitmentKind;
}

export class AgreementSourceInput {
  @ApiProperty({ enum: AGREEMENT_SOURCE_KINDS })
  @IsIn(AGREEMENT_SOURCE_KINDS, {
    message: 'source.kind must be match, conversation, meeting or other',
  })
  kind: AgreementSourceKind;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'match: the matched firm; conversation: the conversation; meeting: the meeting request; other: omit',
  })
  @ValidateIf((source: AgreementSourceInput) => source.kind !== 'other')
  @IsUUID('all', { message: 'source.refId must be a UUID' })
  refId?: string;
}

export class CreateAgreementDto {
  @ShortTextField('title', 'required') title: string;

  @ApiProperty({ enum: AGREEMENT_KINDS })
  @IsIn(AGREEMENT_KINDS, { message: 'kind must be mou or agreement' })
  kind: AgreementKind;

  @LongTextField('summary', AGREEMENT_LIMITS.summaryMax) summary?: string;

  @ApiPropertyOptional({ default: true, description: 'At least one PK and one AZ party' })
  @IsOptional()
  @IsBoolean({ message: 'bilateral must be true or false' })
  bilateral?: boolean;

  @codeListField('sectors', SECTOR_CODES, { min: 1, max: 5 }, 'required') sectors: SectorCode[];

  @DateOnlyField('signedOn', 'required') signedOn: string;

  @ApiProperty({ type: AgreementSourceInput })
  @ValidateNested()
  @Type(() => AgreementSourceInput)
  source: AgreementSourceInput;

  @DocumentUrlField() documentUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: the staff member who follows it up' })
  @IsOptional()
  @IsUUID('all', { message: 'responsibleStaffUserId must be a UUID' })
  responsibleStaffUserId?: string;

  @ApiProperty({ type: [AgreementPartyInput], minItems: 2, maxItems: AGREEMENT_LIMITS.partiesMax })
  @IsArray({ message: 'parties must be a list' })
  @ArrayMinSize(2, { message: 'an agreement needs at least two parties' })
  @ArrayMaxSize(AGREEMENT_LIMITS.partiesMax)
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyInput)
  parties: AgreementPartyInput[];

  @ApiPropertyOptional({ type: [CommitmentInput], maxItems: AGREEMENT_LIMITS.commitmentsMax })
  @IsOptional()
  @IsArray({ message: 'commitments must be a list' })
  @ArrayMaxSize(AGREEMENT_LIMITS.commitmentsMax)
  @ValidateNested({ each: true })
  @Type(() => CommitmentInput)
  commitments?: CommitmentInput[];
}
