import { ApiProperty } from '@nestjs/swagger';
import {
  AGREEMENT_KINDS,
  AGREEMENT_SOURCE_KINDS,
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  COUNTRIES,
  FUNNEL_STAGES,
  SECTOR_CODES,
  type AgreementCommitment,
  type AgreementDocument,
  type AgreementKind,
  type AgreementListItem,
  type AgreementParty,
  type AgreementResponse,
  type AgreementsDashboard,
  type AgreementSource,
  type AgreementSourceKind,
  type AgreementStatusUpdate,
  type CommitmentKind,
  type CommitmentStatus,
  type Country,
  type FunnelCount,
  type FunnelStage,
  type OverdueCommitment,
  type Page,
  type SectorCode,
} from '@jcc/contracts';

/** OpenAPI shapes of the answers; the wire types of libs/contracts are what the code returns. */
export class AgreementPartyDto implements AgreementParty {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) companyId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COUNTRIES }) country: Country;
}

export class AgreementCommitmentDto implements AgreementCommitment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) ownerPartyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: COMMITMENT_KINDS }) kind: CommitmentKind;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: COMMITMENT_STATUSES }) status: CommitmentStatus;
  @ApiProperty() notes: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AgreementStatusUpdateDto implements AgreementStatusUpdate {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) commitmentId: string | null;
  @ApiProperty({ enum: COMMITMENT_STATUSES, nullable: true }) fromStatus: CommitmentStatus | null;
  @ApiProperty({ enum: COMMITMENT_STATUSES, nullable: true }) toStatus: CommitmentStatus | null;
  @ApiProperty() note: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) authorUserId: string | null;
  @ApiProperty() authorName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) authorCompanyId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AgreementDocumentDto implements AgreementDocument {
  @ApiProperty({ enum: ['link'] }) kind: 'link';
  @ApiProperty() url: string;
}

export class AgreementSourceDto implements AgreementSource {
  @ApiProperty({ enum: AGREEMENT_SOURCE_KINDS }) kind: AgreementSourceKind;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) refId: string | null;
}

export class AgreementListItemDto implements AgreementListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: AGREEMENT_KINDS }) kind: AgreementKind;
  @ApiProperty() summary: string;
  @ApiProperty() bilateral: boolean;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true }) sectors: SectorCode[];
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty({ type: AgreementSourceDto }) source: AgreementSourceDto;
  @ApiProperty({ type: [AgreementDocumentDto] }) documents: AgreementDocumentDto[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  responsibleStaffUserId: string | null;
  @ApiProperty({ type: [AgreementPartyDto] }) parties: AgreementPartyDto[];
  @ApiProperty({ type: [AgreementCommitmentDto] }) commitments: AgreementCommitmentDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AgreementResponseDto extends AgreementListItemDto implements AgreementResponse {
  @ApiProperty({ type: [AgreementStatusUpdateDto] }) history: AgreementStatusUpdateDto[];
}

export class AgreementPageDto implements Page<AgreementListItem> {
  @ApiProperty({ type: [AgreementListItemDto] }) items: AgreementListItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class FunnelCountDto implements FunnelCount {
  @ApiProperty({ enum: FUNNEL_STAGES }) stage: FunnelStage;
  @ApiProperty() count: number;
}

export class OverdueCommitmentDto implements OverdueCommitment {
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty() agreementTitle: string;
  @ApiProperty({ format: 'uuid' }) commitmentId: string;
  @ApiProperty() commitmentTitle: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty() daysOverdue: number;
  @ApiProperty() ownerName: string;
  @ApiProperty({ enum: COUNTRIES }) ownerCountry: Country;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true }) sectors: SectorCode[];
  @ApiProperty({ enum: COMMITMENT_STATUSES }) status: CommitmentStatus;
}

class ImplementationDto {
  @ApiProperty({ description: 'Commitments due by today (dropped ones aside)' }) due: number;
  @ApiProperty({ description: 'Of those, done' }) done: number;
  @ApiProperty({ nullable: true, type: Number, description: 'done / due; null when none is due' })
  rate: number | null;
}

class SectorCountDto {
  @ApiProperty({ enum: SECTOR_CODES }) sector: SectorCode;
  @ApiProperty() count: number;
}

class CountryCountDto {
  @ApiProperty({ enum: COUNTRIES }) country: Country;
  @ApiProperty() count: number;
}

export class AgreementsDashboardDto implements AgreementsDashboard {
  @ApiProperty({ format: 'date', nullable: true, type: String }) from: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) to: string | null;
  @ApiProperty({ type: ImplementationDto }) implementation: ImplementationDto;
  @ApiProperty({ type: [OverdueCommitmentDto] }) overdue: OverdueCommitmentDto[];
  @ApiProperty({ type: [SectorCountDto] }) overdueBySector: SectorCountDto[];
  @ApiProperty({ type: [CountryCountDto] }) overdueByCountry: CountryCountDto[];
  @ApiProperty({ type: [FunnelCountDto] }) funnel: FunnelCountDto[];
}
