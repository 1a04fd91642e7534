import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  TEAM_LIMITS,
  type FirmPresence,
  type Page,
  type TeamInvitation,
  type UiLocale,
  type UnclaimedFirmRequests,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { NotFoundError } from '../../common/errors/domain-error';
import type { PageQuery } from '../../common/pagination/page-query';
import { ContactRequestsService } from '../chat/contact-requests/contact-requests.service';
import { CompaniesService } from '../companies/companies.service';
import { ImportsService } from '../imports/imports.service';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { UsersService } from '../users/users.service';
import { InvitationLimits } from './invitation-limits';
import { toTeamInvitation } from './invitation-status';
import { invitationPath, newInvitationToken } from './invitation-token';
import { teamErrors } from './team-errors';
import { TeamInvitationsRepository } from './team-invitations.repository';

/**
 * Staff-imported firms have no account. Staff invite the address the chamber registered for the
 * firm; whoever opens that link with an account of that address becomes its owner
 * (InvitationsService.accept). Until then other firms are told the chamber passes requests on.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly invitations: TeamInvitationsRepository,
    private readonly users: UsersService,
    private readonly companies: CompaniesService,
    private readonly imports: ImportsService,
    private readonly requests: ContactRequestsService,
    private readonly outbox: MailOutboxService,
    private readonly limits: InvitationLimits,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async invite(staff: AuthUser, companyId: string): Promise<TeamInvitation> {
    const company = (await this.companies.summaries([companyId])).get(companyId);
    if (!company) {
      throw new NotFoundError('Company');
    }
    if ((await this.users.findByCompany(companyId)).length > 0) {
      throw teamErrors.alreadyClaimed();
    }
    const email = (await this.imports.registeredContacts([companyId]))
      .get(companyId)
      ?.email?.trim()
      .toLowerCase();
    if (!email) {
      throw teamErrors.noRegisteredEmail();
    }
    const holder = await this.users.findByEmail(email);
    if (holder?.companyId || (holder && holder.role !== 'member')) {
      throw teamErrors.inviteeHasCompany();
    }
    await this.limits.consume(companyId, email);
    const { token, hash } = newInvitationToken();
    const row = await this.txHost.withTransaction(async () => {
      const created = await this.invitations.insert({
        companyId,
        kind: 'claim',
        email,
        tokenHash: hash,
        invitedBy: staff.id,
        ttlHours: TEAM_LIMITS.claimInvitationHours,
      });
      await this.outbox.enqueue({
        to: email,
        userId: holder?.id ?? null,
        template: 'claim-invitation',
        locale: holder?.locale ?? localeFor(company.country),
        params: {
          companyName: company.name,
          path: invitationPath(token),
          days: TEAM_LIMITS.claimInvitationHours / 24,
        },
        category: 'essential',
      });
      return created;
    });
    return toTeamInvitation(row);
  }

  async waiting(query: PageQuery): Promise<Page<UnclaimedFirmRequests>> {
    const page = await this.requests.waitingForUnclaimedFirms(query);
    const ids = page.items.map((item) => item.companyId);
    const [names, contacts, invited] = await Promise.all([
      this.companies.summaries(ids),
      this.imports.registeredContacts(ids),
      this.invitations.lastClaimInvitations(ids),
    ]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((item) => ({
        companyId: item.companyId,
        companyName: names.get(item.companyId)?.name ?? '',
        waiting: item.waiting,
        oldestRequestAt: new Date(item.oldestAt).toISOString(),
        registeredEmail: contacts.get(item.companyId)?.email ?? null,
        lastInvitedAt: invited.get(item.companyId)?.toISOString() ?? null,
      })),
    };
  }

  /** Whoever may see the firm may know whether anyone answers for it (404 otherwise). */
  async presence(viewer: AuthUser | null, companyId: string): Promise<FirmPresence> {
    await this.companies.get(companyId, viewer);
    return { companyId, onPlatform: (await this.users.findByCompany(companyId)).length > 0 };
  }
}

/** A newcomer has no saved language yet: Azerbaijani firms read Azerbaijani, others English. */
function localeFor(country: string): UiLocale {
  return country === 'AZ' ? 'az' : 'en';
}
