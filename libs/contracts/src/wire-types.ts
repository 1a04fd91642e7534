import type {
  AuditEntry,
  BulkVerificationResponse,
  StatsResponse,
  VerificationQueueItem,
} from './chamber';
import type {
  ChatMessage,
  ContactRequestResponse,
  ContactStatesResponse,
  ConversationEnvelope,
  ConversationResponse,
  ReadPositionResponse,
} from './chat';
import type {
  DelegationCandidate,
  DelegationMemberResponse,
  DelegationResponse,
} from './delegations';
import type {
  DocumentResponse,
  DocumentUploadResponse,
  DocumentUsageResponse,
  PaperRequestList,
  PaperRequestResponse,
} from './documents';
import type { ImportRowResponse, ImportStatusResponse } from './imports';
import type { MatchFeedbackResponse, MatchResponse } from './match-reasons';
import type {
  HostCandidate,
  IncomingDelegation,
  MeetingHostResponse,
  MeetingRequestResponse,
  MeetingStatsResponse,
  ProgrammeResponse,
  ScheduleRunResponse,
} from './meetings';
import type { NotificationItem, NotificationUnreadCount } from './notifications';
import type {
  OpportunityForMeList,
  OpportunityInterestCreated,
  OpportunityResponse,
} from './opportunities';
import type {
  ApiError,
  AuthResponse,
  CompanyCountsResponse,
  CompanyResponse,
  Page,
  TaxonomyResponse,
  UserResponse,
} from './wire';

/** `GET /api/health` and `/api/health/ready`: 200 `ok`/`up`, or 503 `degraded`/`down`. */
export interface HealthStatus {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}

export interface LivenessStatus {
  status: 'ok';
}

/** `POST /api/imports`: the import is queued; poll `GET /api/imports/:id`. */
export interface ImportCreatedResponse {
  id: string;
}

export interface ContactRequestDeclinedResponse {
  request: ContactRequestResponse;
}

export interface CheckInResponse {
  companyId: string;
  checkedInAt: string;
}

/** `POST /api/auth/password`: the password changed; this login stays, every other one ended. */
export interface PasswordChangedResponse {
  ok: true;
  /** How many other logins (devices) were signed out. */
  otherLoginsEnded: number;
}

export interface SchedulePublishedResponse {
  scheduleStatus: 'published';
}

/**
 * Every JSON body the REST API answers with, under the name its schema has in the OpenAPI
 * document. `npm run schemas -w @jcc/contracts` turns this map into JSON Schemas
 * (`wire-schemas.json`, checked by `npm run api:check`); the API's response decorators
 * (`apps/api/src/openapi/wire-responses.ts`) take a key of it and make the compiler check the
 * handler's return type against it, so the document, the handlers and these types cannot drift.
 */
export interface WireTypes {
  ApiError: ApiError;
  AuthResponse: AuthResponse;
  UserResponse: UserResponse;
  UserPage: Page<UserResponse>;
  PasswordChangedResponse: PasswordChangedResponse;
  TaxonomyResponse: TaxonomyResponse;
  HealthStatus: HealthStatus;
  LivenessStatus: LivenessStatus;
  CompanyResponse: CompanyResponse;
  CompanyPage: Page<CompanyResponse>;
  CompanyCountsResponse: CompanyCountsResponse;
  MatchPage: Page<MatchResponse>;
  MatchFeedbackResponse: MatchFeedbackResponse;
  ContactRequestResponse: ContactRequestResponse;
  ContactRequestPage: Page<ContactRequestResponse>;
  ContactRequestDeclinedResponse: ContactRequestDeclinedResponse;
  ContactStatesResponse: ContactStatesResponse;
  ConversationEnvelope: ConversationEnvelope;
  ConversationResponse: ConversationResponse;
  ConversationPage: Page<ConversationResponse>;
  ReadPositionResponse: ReadPositionResponse;
  ChatMessage: ChatMessage;
  ChatMessagePage: Page<ChatMessage>;
  VerificationQueuePage: Page<VerificationQueueItem>;
  BulkVerificationResponse: BulkVerificationResponse;
  AuditPage: Page<AuditEntry>;
  StatsResponse: StatsResponse;
  ImportCreatedResponse: ImportCreatedResponse;
  ImportStatusResponse: ImportStatusResponse;
  ImportStatusPage: Page<ImportStatusResponse>;
  ImportRowPage: Page<ImportRowResponse>;
  DelegationResponse: DelegationResponse;
  DelegationPage: Page<DelegationResponse>;
  DelegationCandidatePage: Page<DelegationCandidate>;
  DelegationMemberResponse: DelegationMemberResponse;
  DelegationMemberPage: Page<DelegationMemberResponse>;
  IncomingDelegationList: IncomingDelegation[];
  ProgrammeResponse: ProgrammeResponse;
  MeetingHostResponse: MeetingHostResponse;
  MeetingHostList: MeetingHostResponse[];
  HostCandidateList: HostCandidate[];
  UnavailableSessionList: string[];
  MeetingRequestResponse: MeetingRequestResponse;
  MeetingRequestList: MeetingRequestResponse[];
  ScheduleRunResponse: ScheduleRunResponse;
  SchedulePublishedResponse: SchedulePublishedResponse;
  CheckInResponse: CheckInResponse;
  MeetingStatsResponse: MeetingStatsResponse;
  OpportunityResponse: OpportunityResponse;
  OpportunityPage: Page<OpportunityResponse>;
  OpportunityForMeList: OpportunityForMeList;
  OpportunityInterestCreated: OpportunityInterestCreated;
  NotificationPage: Page<NotificationItem>;
  NotificationUnreadCount: NotificationUnreadCount;
  DocumentResponse: DocumentResponse;
  DocumentPage: Page<DocumentResponse>;
  DocumentUploadResponse: DocumentUploadResponse;
  DocumentUsageResponse: DocumentUsageResponse;
  PaperRequestResponse: PaperRequestResponse;
  PaperRequestList: PaperRequestList;
}

export type WireTypeName = keyof WireTypes;
