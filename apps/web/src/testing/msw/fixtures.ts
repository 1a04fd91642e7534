import type { PageSnapshot } from '@/lib/page-snapshot';
import type {
  ChatMessage,
  CompanySummary,
  ContactRequestResponse,
  ConversationResponse,
  MatchResponse,
  Page,
  UserResponse,
} from '@jcc/contracts';

/**
 * Response fixtures for the shared MSW handlers, typed by the same @jcc/contracts types the app
 * reads the answers as; the handlers that send them are checked against the OpenAPI document.
 */
export const MY_USER_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
export const MY_COMPANY_ID = 'cccccccc-0000-4000-8000-000000000001';
export const PARTNER_USER_ID = 'aaaaaaaa-0000-4000-8000-000000000002';

const AT = '2026-03-01T09:00:00.000Z';

export function aCompany(overrides: Partial<CompanySummary> = {}): CompanySummary {
  return {
    id: 'cccccccc-0000-4000-8000-000000000002',
    name: 'Baku Cotton LLC',
    country: 'AZ',
    city: 'Baku',
    sectors: ['textiles'],
    sizeBand: 'medium',
    verification: 'verified',
    ...overrides,
  };
}

export const MY_COMPANY = aCompany({
  id: MY_COMPANY_ID,
  name: 'Indus Looms',
  country: 'PK',
  city: 'Lahore',
});

export function aMatch(company: CompanySummary, overrides: Partial<MatchResponse> = {}) {
  const match: MatchResponse = {
    company,
    score: 82,
    mutual: false,
    reasons: [{ code: 'shared_sector', params: { sectors: ['textiles'] } }],
    reasonsForThem: [{ code: 'shared_sector', params: { sectors: ['textiles'] } }],
    ...overrides,
  };
  return match;
}

export function aContactRequest(
  overrides: Partial<ContactRequestResponse> = {},
): ContactRequestResponse {
  return {
    id: 'eeeeeeee-0000-4000-8000-000000000001',
    fromCompany: aCompany(),
    toCompany: MY_COMPANY,
    message: 'We would like to buy yarn.',
    status: 'pending',
    createdAt: AT,
    expiresAt: '2026-03-15T09:00:00.000Z',
    respondedAt: null,
    conversationId: null,
    opportunity: null,
    ...overrides,
  };
}

export function aMessage(seq: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `dddddddd-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    conversationId: 'ffffffff-0000-4000-8000-000000000001',
    seq,
    clientId: `client-${seq}`,
    senderUserId: PARTNER_USER_ID,
    senderCompanyId: aCompany().id,
    senderName: 'Leyla Mammadova',
    body: `Message ${seq}`,
    createdAt: new Date(Date.parse(AT) + seq * 60_000).toISOString(),
    ...overrides,
  };
}

export function aConversation(overrides: Partial<ConversationResponse> = {}): ConversationResponse {
  return {
    id: 'ffffffff-0000-4000-8000-000000000001',
    kind: 'firms',
    participants: [MY_COMPANY, aCompany()],
    lastMessage: null,
    lastSeq: 0,
    readSeq: 0,
    peerReadSeq: 0,
    unread: 0,
    createdAt: AT,
    lastActivityAt: AT,
    ...overrides,
  };
}

export function aPage<T>(items: T[], nextCursor: string | null = null): Page<T> {
  return { items, nextCursor };
}

export function aMember(overrides: Partial<UserResponse> = {}): UserResponse {
  return {
    id: MY_USER_ID,
    email: 'ayesha@induslooms.pk',
    fullName: 'Ayesha Khan',
    role: 'member',
    companyId: MY_COMPANY_ID,
    companyRole: 'owner',
    locale: 'en',
    emailVerified: true,
    ...overrides,
  };
}

/** A page snapshot as lib/page-snapshot keeps it: the member's dashboard, kept just now. */
export function aSnapshot(overrides: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    v: 1,
    path: '/dashboard',
    lang: 'en',
    signedIn: true,
    userId: 'u1',
    savedAt: new Date().toISOString(),
    html: '<main><h1>Your matches</h1></main>',
    queries: { mutations: [], queries: [] },
    ...overrides,
  };
}
