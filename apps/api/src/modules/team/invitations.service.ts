import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { AcceptInvitationResponse, InvitationPreview } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { AfterCommit } from '../../database/after-commit';
import { SessionSockets } from '../auth/session-sockets';
import { CompaniesService } from '../companies/companies.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { invitationStatus } from './invitation-status';
import { hashInvitationToken, looksLikeInvitationToken } from './invitation-token';
import { teamErrors } from './team-errors';
import { TeamInvitationsRepository, type InvitationRow } from './team-invitations.repository';

/**
 * Opening an invitation link: a colleague's joins the firm as a member; a claim makes the first
 * account of a staff-imported firm its owner. The token went to one address, so only the account
 * with that address may use it: using it proves the address is theirs.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: TeamInvitationsRepository,
    private readonly users: UsersService,
    private readonly companies: CompaniesService,
    private readonly notifications: NotificationsService,
    private readonly sessions: SessionSockets,
    private readonly afterCommit: AfterCommit,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = usable(await this.find(token));
    const name = (await this.companies.summaries([invitation.companyId])).get(
      invitation.companyId,
    )?.name;
    return {
      kind: invitation.kind,
      companyId: invitation.companyId,
      companyName: name ?? '',
      email: invitation.email,
      expiresAt: new Date(invitation.expiresAt).toISOString(),
    };
  }

  async accept(user: AuthUser, token: string): Promise<AcceptInvitationResponse> {
    if (user.role !== 'member') {
      throw teamErrors.membersOnly();
    }
    if (!looksLikeInvitationToken(token)) {
      throw teamErrors.invitationNotFound();
    }
    const result = await this.txHost.withTransaction(async () => {
      // Locked: two tabs accepting the same link cannot both get in.
      const invitation = usable(
        await this.invitations.findByTokenHash(hashInvitationToken(token), true),
      );
      if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
        throw teamErrors.emailMismatch();
      }
      if (user.companyId) {
        throw teamErrors.alreadyInCompany();
      }
      const accounts = await this.users.lockCompanyAccounts(invitation.companyId);
      if (invitation.kind === 'claim' && accounts.length > 0) {
        throw teamErrors.alreadyClaimed();
      }
      const role = invitation.kind === 'claim' ? 'owner' : 'member';
      if (!(await this.users.joinCompany(user.id, invitation.companyId, role))) {
        throw teamErrors.alreadyInCompany();
      }
      if (!(await this.invitations.markAccepted(invitation.id, user.id))) {
        throw teamErrors.invitationExpired();
      }
      // The link reached this address's mailbox: using it proves the address.
      await this.users.markEmailVerified(user.id);
      await this.tell(invitation, user);
      return { companyId: invitation.companyId, companyRole: role } as const;
    });
    // The open sockets were admitted without the firm: reconnecting puts them in its rooms.
    this.afterCommit.run(() => this.sessions.endUser(user.id, 'role_changed'));
    return result;
  }

  private async tell(invitation: InvitationRow, user: AuthUser): Promise<void> {
    const companyName =
      (await this.companies.summaries([invitation.companyId])).get(invitation.companyId)?.name ??
      '';
    if (invitation.kind === 'colleague') {
      await this.notifications.notify({
        recipients: [{ companyId: invitation.companyId }],
        exceptUserIds: [user.id],
        kind: 'team.invitation_accepted',
        params: { name: user.fullName, companyName },
        link: '/team',
      });
    } else if (invitation.invitedBy) {
      await this.notifications.notify({
        recipients: [{ userId: invitation.invitedBy }],
        kind: 'claim.completed',
        params: { name: user.fullName, companyName, companyId: invitation.companyId },
        link: `/companies/${invitation.companyId}`,
      });
    }
  }

  private find(token: string): Promise<InvitationRow | null> {
    if (!looksLikeInvitationToken(token)) {
      return Promise.resolve(null);
    }
    return this.invitations.findByTokenHash(hashInvitationToken(token));
  }
}

/** Forged → 404; used → 409 invitation_used; expired or withdrawn → 409 invitation_expired. */
function usable(invitation: InvitationRow | null): InvitationRow {
  if (!invitation) {
    throw teamErrors.invitationNotFound();
  }
  const status = invitationStatus(invitation);
  if (status === 'accepted') {
    throw teamErrors.invitationUsed();
  }
  if (status !== 'pending') {
    throw teamErrors.invitationExpired();
  }
  return invitation;
}
