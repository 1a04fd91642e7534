import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, IsUUID, MaxLength } from 'class-validator';
import type {
  AcceptInvitationResponse,
  CompanyRole,
  FirmPresence,
  InvitationKind,
  InvitationPreview,
  InvitationStatus,
  Page,
  TeamInvitation,
  TeamMember,
  TeamResponse,
  UnclaimedFirmRequests,
} from '@jcc/contracts';

const ROLES: CompanyRole[] = ['owner', 'member'];
const KINDS: InvitationKind[] = ['colleague', 'claim'];
const STATUSES: InvitationStatus[] = ['pending', 'accepted', 'expired', 'revoked'];

export class InviteColleagueDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'email must be text' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;
}

export class TransferOwnershipDto {
  @ApiProperty({ format: 'uuid', description: 'The colleague who becomes the owner' })
  @IsUUID('all', { message: 'userId must be an account id (UUID)' })
  userId: string;
}

export class TeamMemberDto implements TeamMember {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: CompanyRole;
}

export class TeamInvitationDto implements TeamInvitation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: KINDS }) kind: InvitationKind;
  @ApiProperty() email: string;
  @ApiProperty({ enum: STATUSES }) status: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class TeamResponseDto implements TeamResponse {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ type: [TeamMemberDto] }) members: TeamMemberDto[];
  @ApiProperty({ type: [TeamInvitationDto], description: 'Only the owner sees them' })
  invitations: TeamInvitationDto[];
}

export class InvitationPreviewDto implements InvitationPreview {
  @ApiProperty({ enum: KINDS }) kind: InvitationKind;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() companyName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class AcceptInvitationResponseDto implements AcceptInvitationResponse {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ enum: ROLES }) companyRole: CompanyRole;
}

export class FirmPresenceDto implements FirmPresence {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() onPlatform: boolean;
}

export class UnclaimedFirmRequestsDto implements UnclaimedFirmRequests {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ minimum: 1 }) waiting: number;
  @ApiProperty({ format: 'date-time' }) oldestRequestAt: string;
  @ApiProperty({ type: String, nullable: true }) registeredEmail: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastInvitedAt: string | null;
}

export class UnclaimedFirmRequestsPageDto implements Page<UnclaimedFirmRequests> {
  @ApiProperty({ type: [UnclaimedFirmRequestsDto] }) items: UnclaimedFirmRequestsDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
