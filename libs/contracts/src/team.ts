import type { CompanyRole } from './wire';

/** Colleagues of a firm and claims of staff-imported firms (issue 13). */
export const TEAM_LIMITS = {
  /** A colleague's invitation link works this long. */
  colleagueInvitationHours: 72,
  /** An imported firm's claim link works this long (it waits in a shared inbox). */
  claimInvitationHours: 14 * 24,
  /** Invitations a firm (or staff, per firm) may send per hour. */
  invitationsPerFirmPerHour: 10,
  /** Invitations to one address per hour, whoever sends them. */
  invitationsPerAddressPerHour: 3,
  /** Accounts of one firm. */
  maxMembers: 50,
} as const;

export type InvitationKind = 'colleague' | 'claim';
export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface TeamMember {
  userId: string;
  fullName: string;
  email: string;
  role: CompanyRole;
}

export interface TeamInvitation {
  id: string;
  kind: InvitationKind;
  email: string;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
}

/** `GET /api/team`: the caller's firm; invitations are listed to its owner only. */
export interface TeamResponse {
  companyId: string;
  members: TeamMember[];
  invitations: TeamInvitation[];
}

export interface InviteColleagueRequest {
  email: string;
}

/** `GET /api/invitations/{token}`: what the link is about, before signing in. */
export interface InvitationPreview {
  kind: InvitationKind;
  companyId: string;
  companyName: string;
  /** The address the invitation was sent to: the account that accepts must have it. */
  email: string;
  expiresAt: string;
}

export interface AcceptInvitationResponse {
  companyId: string;
  companyRole: CompanyRole;
}

/** `GET /api/firms/{id}/presence`: whether anyone answers for this firm on the platform yet. */
export interface FirmPresence {
  companyId: string;
  /** false for a staff-imported firm nobody has claimed: the chamber passes requests on. */
  onPlatform: boolean;
}

/** Staff: an unclaimed firm that has contact requests waiting. */
export interface UnclaimedFirmRequests {
  companyId: string;
  companyName: string;
  /** Pending contact requests addressed to it. */
  waiting: number;
  oldestRequestAt: string;
  /** The chamber's registered e-mail of the firm (imports), null when none is known. */
  registeredEmail: string | null;
  /** When staff last sent it a claim invitation, null when never. */
  lastInvitedAt: string | null;
}
