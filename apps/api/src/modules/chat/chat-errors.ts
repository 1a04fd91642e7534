import type { ContactRequestStatus } from '@jcc/contracts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
} from '../../common/errors/domain-error';

/** The typed errors of the chat feature; the exception filter and the socket acks share them. */
export const chatErrors = {
  companyRequired: () =>
    new ForbiddenError('Register your company first: firms talk to firms', 'company_required'),
  membersOnly: () =>
    new ForbiddenError('Only member accounts of a firm send contact requests', 'members_only'),
  conversationNotFound: () => new NotFoundError('Conversation'),
  requestNotFound: () => new NotFoundError('Contact request'),
  requestPending: () =>
    new ConflictError(
      'A contact request between these firms is already waiting for an answer',
      'request_pending',
    ),
  conversationExists: () =>
    new ConflictError('These firms already have a conversation', 'conversation_exists'),
  requestNotPending: (status: ContactRequestStatus | 'gone') =>
    new ConflictError(`This contact request is already ${status}`, `request_${status}`),
  notAddressee: () =>
    new ForbiddenError('Only the firm the request is addressed to may answer it', 'not_addressee'),
  quotaExceeded: (limit: number) =>
    new TooManyRequestsError(
      `Your firm has ${limit} contact requests waiting for an answer; wait for replies or let some expire`,
      'quota_exceeded',
    ),
  rateLimited: (retryAfterMs: number) =>
    new TooManyRequestsError(
      'Too many messages; slow down',
      'rate_limited',
      Math.max(1, Math.ceil(retryAfterMs / 1000)),
    ),
  clientIdTaken: () =>
    new ConflictError(
      'This clientId belongs to another sender’s message; use a new UUID',
      'client_id_taken',
    ),
};
