/**
 * Every error code the API sends — REST bodies' `code`, socket acks' `error.code`, a refused
 * socket handshake's `data.code` — with the HTTP status it travels with. The API throws errors by
 * these codes only (its DomainError takes an ErrorCode and reads the status here), and the web
 * translates by code (`errors.<code>` in its locales). A new code is added here first.
 */
export const ERROR_CATALOGUE = {
  // 400: the request itself is wrong; `message` lists the fields.
  invalid_input: 400,
  body_too_deep: 400,
  // accounts: a verification, reset or unsubscribe link that we never issued (or was tampered with).
  invalid_token: 400,
  // 401: who is asking is unknown or no longer valid.
  unauthorized: 401,
  invalid_credentials: 401,
  token_expired: 401,
  invalid_refresh_token: 401,
  refresh_token_reused: 401,
  // 403: known, but not allowed.
  forbidden: 403,
  origin_not_allowed: 403,
  company_required: 403,
  no_company: 403,
  company_rejected: 403,
  company_not_verified: 403,
  // chamber staff suspended the firm: its accounts cannot sign in (ApiError.reason says why).
  company_suspended: 403,
  members_only: 403,
  not_addressee: 403,
  wrong_country: 403,
  // meetings
  not_participant: 403,
  not_target: 403,
  // opportunities
  own_opportunity: 403,
  // colleagues and claims (issue 13)
  owner_only: 403,
  invitation_email_mismatch: 403,
  // 404.
  not_found: 404,
  // 409: the current state forbids it.
  conflict: 409,
  email_taken: 409,
  company_exists: 409,
  registration_number_taken: 409,
  request_pending: 409,
  request_accepted: 409,
  request_declined: 409,
  request_expired: 409,
  request_gone: 409,
  conversation_exists: 409,
  client_id_taken: 409,
  capacity_below_seats: 409,
  delegation_has_members: 409,
  delegation_full: 409,
  already_on_delegation: 409,
  applications_closed: 409,
  invalid_transition: 409,
  // meetings
  no_programme: 409,
  requests_closed: 409,
  request_exists: 409,
  already_answered: 409,
  delegation_over: 409,
  not_scheduled: 409,
  not_published: 409,
  no_show: 409,
  run_in_progress: 409,
  // opportunities
  interest_exists: 409,
  opportunity_not_open: 409,
  // meetings: the scheduler's input contradicts itself (libs/scheduling SchedulingInputError).
  schedule_duplicate_meeting: 409,
  schedule_duplicate_slot: 409,
  schedule_duplicate_table: 409,
  schedule_same_side: 409,
  schedule_unknown_meeting: 409,
  schedule_unknown_slot: 409,
  schedule_unknown_table: 409,
  schedule_lock_conflict: 409,
  // colleagues and claims (issue 13)
  invitation_expired: 409,
  invitation_used: 409,
  invitee_has_company: 409,
  already_in_company: 409,
  firm_already_claimed: 409,
  not_a_colleague: 409,
  no_registered_email: 409,
  // roles (issue 18): an admin changes their own role, or would leave the platform without one.
  own_role: 409,
  last_admin: 409,
  role_needs_no_company: 409,
  // firm suspension (issue 18)
  already_suspended: 409,
  not_suspended: 409,
  // documents: a scan still running, or a file refused by it.
  file_not_ready: 409,
  // accounts: a link already used once.
  link_used: 409,
  // 410: a link past its time.
  link_expired: 410,
  // 413.
  payload_too_large: 413,
  file_too_large: 413,
  storage_quota_exceeded: 413,
  // 415: the content (judged by its bytes) is not one we accept, or is unsafe to open.
  file_type_not_allowed: 415,
  unsafe_file: 415,
  // 429: too much, too fast; a Retry-After header says when to try again.
  rate_limited: 429,
  quota_exceeded: 429,
  too_many_attempts: 429,
  // 5xx: our side.
  internal: 500,
  unavailable: 503,
  database_unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The codes whose HTTP status is `S`: a 409 error class takes only 409 codes. */
export type ErrorCodeWithStatus<S extends number> = {
  [C in ErrorCode]: (typeof ERROR_CATALOGUE)[C] extends S ? C : never;
}[ErrorCode];

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as readonly ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}

export function errorStatus(code: ErrorCode): number {
  return ERROR_CATALOGUE[code];
}
