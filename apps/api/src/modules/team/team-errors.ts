import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/domain-error';

/** The team's refusals, worded once. */
export const teamErrors = {
  ownerOnly: () => new ForbiddenError('Only the owner of the firm may do this', 'owner_only'),
  noCompany: () => new ForbiddenError('Your account belongs to no firm', 'no_company'),
  membersOnly: () =>
    new ForbiddenError('Only accounts of firms join a firm (not chamber staff)', 'members_only'),
  /** Unknown, forged or malformed token: nothing said about which. */
  invitationNotFound: () => new NotFoundError('Invitation'),
  invitationUsed: () => new ConflictError('This invitation was already used', 'invitation_used'),
  invitationExpired: () =>
    new ConflictError(
      'This invitation has expired or was withdrawn; ask for a new one',
      'invitation_expired',
    ),
  emailMismatch: () =>
    new ForbiddenError(
      'This invitation was sent to another e-mail address: sign in with that address',
      'invitation_email_mismatch',
    ),
  inviteeHasCompany: () =>
    new ConflictError(
      'This address already belongs to an account of another firm',
      'invitee_has_company',
    ),
  alreadyInCompany: () =>
    new ConflictError('Your account already belongs to a firm', 'already_in_company'),
  alreadyClaimed: () =>
    new ConflictError('This firm already has an account on the platform', 'firm_already_claimed'),
  notAColleague: () =>
    new ConflictError('That account is not a colleague in your firm', 'not_a_colleague'),
  noRegisteredEmail: () =>
    new ConflictError(
      'The chamber has no e-mail address registered for this firm',
      'no_registered_email',
    ),
};
