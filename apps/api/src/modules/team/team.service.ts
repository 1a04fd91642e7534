import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { TEAM_LIMITS, type TeamInvitation, type TeamResponse } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { ConflictError } from '../../common/errors/domain-error';
import { AfterCommit } from '../../database/after-commit';
import { SessionSockets } from '../auth/session-sockets';
import { CompaniesService } from '../companies/companies.service';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { InvitationLimits } from './invitation-limits';
import { toTeamInvitation } from './invitation-status';
import { invitationPath, newInvitationToken } from './invitation-token';
import { teamErrors } from './team-errors';
import { TeamInvitationsRepository } from './team-invitations.repository';

/** Invitations shown on the team page. */
const LISTED_INVITATIONS = 20;

/**
 * A firm's accounts: every account sees its colleagues; the owner invites, removes members and
 * hands ownership over. Membership changes of one firm are serialised by row locks on its
 * accounts, so "exactly one owner" holds under concurrent requests.
 */
@Injectable()
export class TeamService {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: TeamInvitationsRepository,
    private readonly companies: CompaniesService,
    private readonly outbox: MailOutboxService,
    private readonly notifications: NotificationsService,
    private readonly sessions: SessionSockets,
    private readonly afterCommit: AfterCommit,
    private readonly limits: InvitationLimits,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async view(user: AuthUser): Promise<TeamResponse> {
    const companyId = firmOf(user);
    const accounts = await this.users.findByCompany(companyId);
    const invitations = isOwner(user)
      ? await this.invitations.listColleagueInvitations(companyId, LISTED_INVITATIONS)
      : [];
    return {
      companyId,
      members: accounts.map((account) => ({
        userId: account.id,
        fullName: account.fullName,
        email: account.email,
        role: account.companyRole ?? 'member',
      })),
      invitations: invitations.map(toTeamInvitation),
    };
  }

  async invite(user: AuthUser, rawEmail: string): Promise<TeamInvitation> {
    const companyId = ownedFirmOf(user);
    const email = rawEmail.trim().toLowerCase();
    const invitee = await this.users.findByEmail(email);
    if (invitee?.companyId === companyId) {
      throw new ConflictError(
        'That address is already a colleague in your firm',
        'already_in_company',
      );
    }
    if (invitee?.companyId || (invitee && invitee.role !== 'member')) {
      throw teamErrors.inviteeHasCompany();
    }
    if ((await this.users.findByCompany(companyId)).length >= TEAM_LIMITS.maxMembers) {
      throw new ConflictError(`A firm has at most ${TEAM_LIMITS.maxMembers} accounts`);
    }
    await this.limits.consume(companyId, email);
    const [company] = (await this.companies.summaries([companyId])).values();
    const { token, hash } = newInvitationToken();
    const row = await this.txHost.withTransaction(async () => {
      const created = await this.invitations.insert({
        companyId,
        kind: 'colleague',
        email,
        tokenHash: hash,
        invitedBy: user.id,
        ttlHours: TEAM_LIMITS.colleagueInvitationHours,
      });
      await this.outbox.enqueue({
        to: email,
        userId: invitee?.id ?? null,
        template: 'colleague-invitation',
        // An existing account reads it in its language; a newcomer in the inviter's.
        locale: invitee?.locale ?? user.locale,
        params: {
          inviterName: user.fullName,
          companyName: company?.name ?? '',
          path: invitationPath(token),
          hours: TEAM_LIMITS.colleagueInvitationHours,
        },
        category: 'essential',
      });
      return created;
    });
    return toTeamInvitation(row);
  }

  async revokeInvitation(user: AuthUser, id: string): Promise<void> {
    const companyId = ownedFirmOf(user);
    if (!(await this.invitations.revoke(id, companyId))) {
      throw teamErrors.invitationNotFound();
    }
  }

  /** The member loses the firm's matches, requests and conversations at once, sockets included. */
  async remove(user: AuthUser, memberId: string): Promise<void> {
    const companyId = ownedFirmOf(user);
    if (memberId === user.id) {
      throw new ConflictError('Hand the firm over to a colleague before leaving it');
    }
    await this.txHost.withTransaction(async () => {
      await this.users.lockCompanyAccounts(companyId);
      if (!(await this.users.leaveCompany(memberId, companyId))) {
        throw teamErrors.notAColleague();
      }
      await this.notifications.notify({
        recipients: [{ userId: memberId }],
        kind: 'team.member_removed',
        params: { companyName: await this.companyName(companyId) },
      });
      // The handshake re-reads the account: a reconnect no longer joins the firm's rooms.
      this.afterCommit.run(() => this.sessions.endUser(memberId, 'removed_from_company'));
    });
  }

  /** Exactly one owner before and after: both role changes commit together or not at all. */
  async transferOwnership(user: AuthUser, newOwnerId: string): Promise<TeamResponse> {
    const companyId = ownedFirmOf(user);
    if (newOwnerId === user.id) {
      throw new ConflictError('You already own this firm');
    }
    await this.txHost.withTransaction(async () => {
      const accounts = await this.users.lockCompanyAccounts(companyId);
      const current = accounts.find((account) => account.companyRole === 'owner');
      if (current?.id !== user.id) {
        // Someone handed it over a moment ago.
        throw teamErrors.ownerOnly();
      }
      if (!accounts.some((account: UserEntity) => account.id === newOwnerId)) {
        throw teamErrors.notAColleague();
      }
      // Demote first: the partial unique index allows one owner per firm at any moment.
      await this.users.setCompanyRole(user.id, companyId, 'member');
      await this.users.setCompanyRole(newOwnerId, companyId, 'owner');
      await this.notifications.notify({
        recipients: [{ userId: newOwnerId }],
        kind: 'team.ownership_received',
        params: { companyName: await this.companyName(companyId), fromName: user.fullName },
        link: '/app/team',
      });
    });
    return this.view({ ...user, companyRole: 'member' });
  }

  private async companyName(companyId: string): Promise<string> {
    return (await this.companies.summaries([companyId])).get(companyId)?.name ?? '';
  }
}

function firmOf(user: AuthUser): string {
  if (user.role !== 'member') {
    throw teamErrors.membersOnly();
  }
  if (!user.companyId) {
    throw teamErrors.noCompany();
  }
  return user.companyId;
}

function isOwner(user: AuthUser): boolean {
  return user.companyRole === 'owner';
}

function ownedFirmOf(user: AuthUser): string {
  const companyId = firmOf(user);
  if (!isOwner(user)) {
    throw teamErrors.ownerOnly();
  }
  return companyId;
}
