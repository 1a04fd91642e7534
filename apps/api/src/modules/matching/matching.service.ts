import { Injectable } from '@nestjs/common';
import type {
  MatchFeedbackAction,
  MatchFeedbackResponse,
  MatchResponse,
  Page,
} from '@jcc/contracts';
import { scorePair } from '@jcc/matching';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { ForbiddenError, InvalidInputError } from '../../common/errors/domain-error';
import { CompaniesService } from '../companies/companies.service';
import type { ListMatchesQuery } from './dto/list-matches.query';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { MatchFinder } from './match-finder';
import type { CompanyProfileRow } from '../companies/company-sql';

/** Who may see which matches and give feedback; the finding itself is MatchFinder's. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly companies: CompaniesService,
    private readonly finder: MatchFinder,
    private readonly feedback: MatchFeedbackRepository,
  ) {}

  /** GET /api/matches: the caller's own firm. */
  async listOwn(user: AuthUser, query: ListMatchesQuery): Promise<Page<MatchResponse>> {
    return this.finder.page(await this.ownCompany(user), query);
  }

  /** GET /api/companies/:id/matches: staff for any firm, a member for its own. */
  async listFor(
    companyId: string,
    user: AuthUser,
    query: ListMatchesQuery,
  ): Promise<Page<MatchResponse>> {
    // 404 for an unknown firm, and for a rejected one unless staff or its own member.
    const company = await this.companies.profile(companyId, user);
    if (!isStaff(user) && user.companyId !== company.id) {
      throw new ForbiddenError('Only the firm itself or chamber staff may see its matches');
    }
    return this.finder.page(matchable(company), query);
  }

  async giveFeedback(
    user: AuthUser,
    targetId: string,
    action: MatchFeedbackAction,
  ): Promise<MatchFeedbackResponse> {
    const company = await this.ownCompany(user);
    // Unknown and rejected firms are not found, as everywhere else for members.
    const target = await this.companies.profile(targetId, user);
    if (target.country === company.country) {
      throw InvalidInputError.field(
        'companyId',
        'Matches are across the border only: this firm is in your own country',
      );
    }
    if (action === 'undo') {
      await this.feedback.clear(company.id, target.id);
      return { companyId: target.id, state: null };
    }
    const state = action === 'save' ? 'saved' : 'dismissed';
    await this.feedback.setState(company.id, target.id, state, user.id);
    return { companyId: target.id, state };
  }

  /**
   * Whether two firms are a match as the platform shows them: eligible (other country, not
   * rejected) with a substantive reason. Firms the viewer may not see are no match for it.
   */
  async isMatch(firstId: string, secondId: string, viewer: AuthUser): Promise<boolean> {
    try {
      const [first, second] = await Promise.all([
        this.companies.profile(firstId, viewer),
        this.companies.profile(secondId, viewer),
      ]);
      return scorePair(first, second)?.substantive === true;
    } catch {
      return false;
    }
  }

  private async ownCompany(user: AuthUser): Promise<CompanyProfileRow> {
    if (isStaff(user)) {
      throw new ForbiddenError(
        'Chamber staff accounts have no company of their own: see a firm’s matches at GET /api/companies/:id/matches',
        'no_company',
      );
    }
    if (!user.companyId) {
      throw new ForbiddenError(
        'Register your company first: matches are found for a company',
        'no_company',
      );
    }
    return matchable(await this.companies.profile(user.companyId, user));
  }
}

/** Rejected firms take no part in matching, on either side. */
function matchable(company: CompanyProfileRow): CompanyProfileRow {
  if (company.verification === 'rejected') {
    throw new ForbiddenError(
      'This company was rejected by the chamber and takes no part in matching until it is verified',
      'company_rejected',
    );
  }
  return company;
}
