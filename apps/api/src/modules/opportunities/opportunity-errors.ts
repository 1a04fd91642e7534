import type { OpportunityStatus } from '@jcc/contracts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../common/errors/domain-error';

/** The typed errors of the opportunities board (codes in libs/contracts' catalogue). */
export const opportunityErrors = {
  notFound: () => new NotFoundError('Opportunity'),
  membersOnly: () =>
    new ForbiddenError(
      'Only member accounts of a firm post and answer opportunities',
      'members_only',
    ),
  companyRequired: () =>
    new ForbiddenError('Register your company first: firms post opportunities', 'company_required'),
  notOwner: () =>
    new ForbiddenError('Only the firm that posted this opportunity may change it', 'forbidden'),
  ownOpportunity: () =>
    new ForbiddenError('Your firm posted this opportunity: others answer it', 'own_opportunity'),
  sameCountry: () =>
    new ForbiddenError('Opportunities are answered by firms of the other country', 'wrong_country'),
  notOpen: (status: OpportunityStatus, action: string) =>
    new ConflictError(`A ${status} opportunity cannot be ${action}`, 'opportunity_not_open'),
  deadlinePassed: () =>
    new ConflictError('The deadline of this opportunity has passed', 'opportunity_not_open'),
  interestExists: () =>
    new ConflictError(
      'Your firm already expressed interest in this opportunity',
      'interest_exists',
    ),
  badDeadline: (message: string) => InvalidInputError.field('deadline', message),
};
