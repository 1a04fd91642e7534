import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import {
  OPPORTUNITY_LIMITS,
  type ContactRequestResponse,
  type OpportunityForMe,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { ContactRequestsService } from '../chat/contact-requests/contact-requests.service';
import { CompaniesService } from '../companies/companies.service';
import { OpportunitiesRepository } from './opportunities.repository';
import { OpportunityInterestsRepository } from './opportunity-interests.repository';
import { firmOf } from './opportunity-access';
import { opportunityErrors } from './opportunity-errors';
import { OpportunityNotifier } from './opportunity-notifier';
import { OpportunityPresenter } from './opportunity-presenter';
import { effectiveStatus, relevanceScore, relevantHs } from './opportunity-rules';
import type { OpportunityRow } from './opportunity-row';

/** How many open candidates "for me" ranks in memory (the SQL already keeps only overlapping ones). */
const CANDIDATE_POOL = 300;

/** Firms of the other country answer opportunities; a firm sees the ones that fit its profile. */
@Injectable()
export class OpportunityInterestService {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly interests: OpportunityInterestsRepository,
    private readonly contactRequests: ContactRequestsService,
    private readonly companies: CompaniesService,
    private readonly presenter: OpportunityPresenter,
    private readonly notifier: OpportunityNotifier,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /**
   * Opens a contact request to the posting firm that carries the opportunity; the interest row,
   * the request and the audit row commit together (the chat's create joins this transaction).
   */
  async express(
    id: string,
    user: AuthUser,
    message: string,
  ): Promise<{ contactRequest: ContactRequestResponse }> {
    const companyId = firmOf(user);
    const found = await this.opportunities.findById(id);
    if (!found) {
      throw opportunityErrors.notFound();
    }
    if (found.companyId === companyId) {
      throw opportunityErrors.ownOpportunity();
    }
    this.assertOpen(found);
    await this.companies.assertMayContact(companyId);
    const firm = (await this.companies.summaries([companyId])).get(companyId);
    if (!firm || firm.country === found.country) {
      throw opportunityErrors.sameCountry();
    }
    return this.txHost.withTransaction(async () => {
      await this.interests.lock(id, companyId);
      const row = await this.opportunities.findForUpdate(id);
      this.assertOpen(row);
      if (await this.interests.exists(id, companyId)) {
        throw opportunityErrors.interestExists();
      }
      const contactRequest = await this.contactRequests.create(
        user,
        { toCompanyId: row.companyId, message },
        { id: row.id, title: row.title, kind: row.kind },
      );
      await this.interests.insert({
        opportunityId: id,
        companyId,
        userId: user.id,
        contactRequestId: contactRequest.id,
      });
      await this.audit.record(user, {
        action: 'opportunity.interest',
        target: { type: 'opportunity', id },
        after: { companyId, contactRequestId: contactRequest.id },
      });
      await this.notifier.interestExpressed(
        row,
        { name: firm.name, contactRequestId: contactRequest.id },
        user,
      );
      return { contactRequest };
    });
  }

  /**
   * Open opportunities of the other country ranked by how much they share with the caller's
   * profile: sectors (double weight) and the HS chapters the kind speaks to (an offer: what the
   * firm seeks; a request: what it offers).
   */
  async forMe(user: AuthUser, limit = 5): Promise<{ items: OpportunityForMe[] }> {
    const companyId = firmOf(user);
    const profile = await this.companies.profile(companyId, user);
    const allHs = [...new Set([...profile.offersHs, ...profile.seeksHs])];
    const candidates = await this.opportunities.candidatesFor(
      profile.country,
      profile.sectors,
      allHs,
      CANDIDATE_POOL,
    );
    const ranked = candidates
      .map((row) => {
        const sharedSectors = row.sectors.filter((code) => profile.sectors.includes(code));
        const wanted = relevantHs(row.kind, profile);
        const sharedHsChapters = row.hsChapters.filter((code) => wanted.includes(code));
        return {
          row,
          sharedSectors,
          sharedHsChapters,
          score: relevanceScore(sharedSectors.length, sharedHsChapters.length),
        };
      })
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || a.row.deadline.localeCompare(b.row.deadline))
      .slice(0, Math.min(limit, OPPORTUNITY_LIMITS.forMeMax));
    const shown = await this.presenter.present(
      ranked.map((entry) => entry.row),
      user,
    );
    return {
      items: ranked.map(({ sharedSectors, sharedHsChapters, score }, index) => ({
        opportunity: shown[index],
        sharedSectors,
        sharedHsChapters,
        score,
      })),
    };
  }

  /** Only a published opportunity that is still open is answered; others are not found. */
  private assertOpen(row: OpportunityRow | null): asserts row is OpportunityRow {
    if (!row) {
      throw opportunityErrors.notFound();
    }
    const status = effectiveStatus(row.status, row.deadline);
    if (status === 'closed' || status === 'expired') {
      throw opportunityErrors.notOpen(status, 'answered');
    }
    if (status !== 'published') {
      throw opportunityErrors.notFound();
    }
  }
}
