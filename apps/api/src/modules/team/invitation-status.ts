import type { InvitationStatus, TeamInvitation } from '@jcc/contracts';
import type { InvitationRow } from './team-invitations.repository';

export function invitationStatus(row: InvitationRow, now = new Date()): InvitationStatus {
  if (row.acceptedAt) {
    return 'accepted';
  }
  if (row.revokedAt) {
    return 'revoked';
  }
  return new Date(row.expiresAt) <= now ? 'expired' : 'pending';
}

export function toTeamInvitation(row: InvitationRow): TeamInvitation {
  return {
    id: row.id,
    kind: row.kind,
    email: row.email,
    status: invitationStatus(row),
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
  };
}
