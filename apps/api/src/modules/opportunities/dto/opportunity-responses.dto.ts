import { ApiProperty } from '@nestjs/swagger';
import {
  COUNTRIES,
  HS_CHAPTER_CODES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
  VERIFICATION_STATUSES,
  type CompanySummary,
  type ContactRequestResponse,
  type Country,
  type OpportunityForMe,
  type OpportunityKind,
  type OpportunityResponse,
  type OpportunityStatus,
  type SectorCode,
  type SizeBand,
  type VerificationStatus,
} from '@jcc/contracts';

/** The OpenAPI description of the board's answers (the types themselves live in libs/contracts). */
export class OpportunityCompanyDto implements CompanySummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COUNTRIES }) country: Country;
  @ApiProperty() city: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true }) sectors: SectorCode[];
  @ApiProperty({ enum: SIZE_BAND_CODES }) sizeBand: SizeBand;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verification: VerificationStatus;
}

export class OpportunityDto implements OpportunityResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OPPORTUNITY_KINDS }) kind: OpportunityKind;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Cut short for anonymous visitors' }) summary: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true }) sectors: SectorCode[];
  @ApiProperty({ enum: HS_CHAPTER_CODES, isArray: true }) hsChapters: string[];
  @ApiProperty({ enum: COUNTRIES }) country: Country;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ enum: OPPORTUNITY_STATUSES }) status: OpportunityStatus;
  @ApiProperty({ type: OpportunityCompanyDto, nullable: true }) company: CompanySummary | null;
  @ApiProperty({ type: String, nullable: true }) refusalReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: Number, nullable: true }) interestCount: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) interested: boolean | null;
}

export class OpportunityPageDto {
  @ApiProperty({ type: [OpportunityDto] }) items: OpportunityDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class OpportunityForMeDto implements OpportunityForMe {
  @ApiProperty({ type: OpportunityDto }) opportunity: OpportunityDto;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true }) sharedSectors: SectorCode[];
  @ApiProperty({ enum: HS_CHAPTER_CODES, isArray: true }) sharedHsChapters: string[];
  @ApiProperty() score: number;
}

export class OpportunitiesForMeDto {
  @ApiProperty({ type: [OpportunityForMeDto] }) items: OpportunityForMeDto[];
}

class InterestOpportunityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: OPPORTUNITY_KINDS }) kind: OpportunityKind;
}

/** The contact request an interest opened (the chat's ContactRequestResponse). */
export class InterestContactRequestDto implements ContactRequestResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: OpportunityCompanyDto }) fromCompany: CompanySummary;
  @ApiProperty({ type: OpportunityCompanyDto }) toCompany: CompanySummary;
  @ApiProperty() message: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined', 'expired'] })
  status: ContactRequestResponse['status'];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) conversationId: string | null;
  @ApiProperty({ type: InterestOpportunityDto }) opportunity: InterestOpportunityDto;
}

export class InterestResponseDto {
  @ApiProperty({ type: InterestContactRequestDto }) contactRequest: InterestContactRequestDto;
}
