import { randomUUID } from 'node:crypto';
import { bearer, createUserWithRole, createVerifiedMember } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Who may call what, for every route of the OpenAPI document: a route without a row here fails
 * this spec, so no new route ships without deciding who may call it. Each route is called by an
 * anonymous caller, a member of a firm, staff and an admin, with unknown ids in the path and an
 * empty body: a refused caller must get exactly 401 or 403, an allowed one anything but 401/403,
 * and nobody a 5xx. (Cross-firm reads and writes on real records are in authorization-matrix and
 * chamber-access.)
 */
/** `member`: firms' accounts only (staff and admins have no firm to act for). */
type Access = 'open' | 'signed-in' | 'member' | 'staff' | 'admin';
type Caller = 'anonymous' | 'member' | 'staff' | 'admin';

const ROUTES: Record<string, Access> = {
  'GET /api/health': 'open',
  'GET /api/health/ready': 'open',
  'GET /api/health/live': 'open',
  'GET /api/taxonomy': 'open',
  'POST /api/auth/register': 'open',
  'POST /api/auth/login': 'open',
  'POST /api/auth/refresh': 'open',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'PATCH /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  // Platform roles (issue 18): admins only.
  'GET /api/users': 'admin',
  'PATCH /api/users/{id}/role': 'admin',
  'POST /api/auth/verify-email': 'open',
  'POST /api/auth/verify-email/resend': 'open',
  'POST /api/auth/password-reset/request': 'open',
  'POST /api/auth/password-reset': 'open',
  'GET /api/me/notification-preferences': 'signed-in',
  'PATCH /api/me/notification-preferences': 'signed-in',
  'POST /api/mail/unsubscribe': 'open',
  'GET /api/dev/mailbox': 'staff',
  'GET /api/dev/mailbox/{id}': 'staff',
  'POST /api/companies': 'signed-in',
  'GET /api/companies': 'open',
  'GET /api/companies/counts': 'open',
  'GET /api/companies/{id}': 'open',
  'PATCH /api/companies/{id}': 'signed-in',
  'POST /api/companies/{id}/verification': 'staff',
  'POST /api/companies/{id}/suspension': 'staff',
  'DELETE /api/companies/{id}/suspension': 'staff',
  'GET /api/matches': 'member',
  'GET /api/companies/{id}/matches': 'signed-in',
  'POST /api/matches/{companyId}/feedback': 'signed-in',
  'GET /api/audit': 'admin',
  'GET /api/verification-queue': 'staff',
  'POST /api/verification-queue/bulk': 'staff',
  'POST /api/imports': 'staff',
  'GET /api/imports': 'staff',
  'GET /api/imports/template.csv': 'staff',
  'GET /api/imports/{id}': 'staff',
  'GET /api/imports/{id}/rows': 'staff',
  'POST /api/delegations': 'staff',
  'GET /api/delegations': 'signed-in',
  'GET /api/delegations/{id}': 'signed-in',
  'PATCH /api/delegations/{id}': 'staff',
  'GET /api/delegations/{id}/candidates': 'staff',
  'GET /api/delegations/{id}/export.csv': 'staff',
  'GET /api/delegations/{id}/export.pdf': 'staff',
  'GET /api/delegations/{id}/members': 'signed-in',
  'POST /api/delegations/{id}/members': 'staff',
  'GET /api/delegations/{id}/members/{companyId}': 'signed-in',
  'PATCH /api/delegations/{id}/members/{companyId}': 'signed-in',
  'POST /api/delegations/{id}/apply': 'member',
  'GET /api/stats': 'staff',
  'GET /api/stats.csv': 'staff',
  'POST /api/contact-requests': 'signed-in',
  'GET /api/contact-requests': 'member',
  'GET /api/contact-requests/states': 'member',
  'POST /api/contact-requests/{id}/accept': 'signed-in',
  'POST /api/contact-requests/{id}/decline': 'signed-in',
  'GET /api/conversations': 'signed-in',
  'POST /api/conversations': 'staff',
  'GET /api/conversations/{id}': 'signed-in',
  'POST /api/conversations/{id}/read': 'signed-in',
  'GET /api/conversations/{id}/messages': 'signed-in',
  'POST /api/conversations/{id}/messages': 'signed-in',
  // Agreements register: parties and staff; the dashboard and edits are staff's.
  'POST /api/agreements': 'signed-in',
  'GET /api/agreements': 'signed-in',
  'GET /api/agreements/dashboard': 'staff',
  'GET /api/agreements/dashboard.csv': 'staff',
  'GET /api/agreements/{id}': 'signed-in',
  'PATCH /api/agreements/{id}': 'staff',
  'POST /api/agreements/{id}/commitments': 'signed-in',
  'PATCH /api/agreements/{id}/commitments/{commitmentId}': 'staff',
  'POST /api/agreements/{id}/updates': 'signed-in',
  // Meetings at delegation visits (B2B): staff plan and schedule; firms take part.
  'GET /api/meetings/incoming-delegations': 'member',
  'GET /api/delegations/{id}/programme': 'signed-in',
  'PUT /api/delegations/{id}/programme': 'staff',
  'POST /api/delegations/{id}/hosts': 'signed-in',
  'GET /api/delegations/{id}/hosts': 'signed-in',
  'GET /api/delegations/{id}/host-candidates': 'staff',
  'GET /api/delegations/{id}/unavailability': 'signed-in',
  'PUT /api/delegations/{id}/unavailability': 'signed-in',
  'POST /api/delegations/{id}/meeting-requests': 'signed-in',
  'GET /api/delegations/{id}/meeting-requests': 'signed-in',
  'PATCH /api/delegations/{id}/meeting-requests/{requestId}': 'signed-in',
  'POST /api/delegations/{id}/schedule/run': 'staff',
  'POST /api/delegations/{id}/schedule/publish': 'staff',
  'GET /api/delegations/{id}/schedule': 'signed-in',
  'PATCH /api/delegations/{id}/meeting-requests/{requestId}/lock': 'staff',
  'POST /api/delegations/{id}/check-ins': 'signed-in',
  'PATCH /api/delegations/{id}/meeting-requests/{requestId}/report': 'signed-in',
  'PATCH /api/delegations/{id}/meeting-requests/{requestId}/outcome': 'signed-in',
  'GET /api/delegations/{id}/meetings/stats': 'staff',
  'GET /api/delegations/{id}/agenda.ics': 'signed-in',
  'GET /api/delegations/{id}/agenda.pdf': 'signed-in',
  'GET /api/delegations/{id}/schedule.csv': 'staff',
  // Opportunities board: anyone reads the board (anonymous a teaser); firms post and answer.
  'GET /api/opportunities': 'open',
  'POST /api/opportunities': 'member',
  'GET /api/opportunities/mine': 'member',
  'GET /api/opportunities/for-me': 'member',
  'GET /api/opportunities/{id}': 'open',
  'PATCH /api/opportunities/{id}': 'member',
  'POST /api/opportunities/{id}/submit': 'member',
  'POST /api/opportunities/{id}/close': 'signed-in',
  'POST /api/opportunities/{id}/interest': 'member',
  'GET /api/opportunity-review': 'staff',
  'POST /api/opportunity-review/{id}': 'staff',
  'GET /api/delegations/{id}/grid.pdf': 'staff',
  'GET /api/delegations/{id}/table-cards.pdf': 'staff',
  // In-app notifications: every account reads and marks its own.
  'GET /api/notifications': 'signed-in',
  'GET /api/notifications/unread-count': 'signed-in',
  'POST /api/notifications/read-all': 'signed-in',
  'POST /api/notifications/{id}/read': 'signed-in',
  // Documents: the owner kind's policy decides further (404 for what the caller may not see).
  'POST /api/documents': 'signed-in',
  'GET /api/documents': 'open',
  'GET /api/documents/{id}': 'open',
  'GET /api/documents/{id}/content': 'open',
  'DELETE /api/documents/{id}': 'signed-in',
  'GET /api/companies/{id}/document-usage': 'signed-in',
  'POST /api/companies/{id}/paper-requests': 'staff',
  'GET /api/companies/{id}/paper-requests': 'signed-in',
  // Colleagues of a firm (its owner manages them) and claims of imported firms.
  'GET /api/team': 'member',
  'POST /api/team/invitations': 'member',
  'DELETE /api/team/invitations/{id}': 'member',
  'DELETE /api/team/members/{userId}': 'member',
  'POST /api/team/owner': 'member',
  'GET /api/invitations/{token}': 'open',
  'POST /api/invitations/{token}/accept': 'member',
  'POST /api/companies/{id}/claim-invitation': 'staff',
  'GET /api/claims/waiting': 'staff',
  'GET /api/companies/{id}/presence': 'open',
};

function expectedRefusal(access: Access, caller: Caller): number | null {
  if (access === 'open') {
    return null;
  }
  if (caller === 'anonymous') {
    return 401;
  }
  if (access === 'member' && caller !== 'member') {
    return 403;
  }
  if (access === 'staff' && caller === 'member') {
    return 403;
  }
  if (access === 'admin' && caller !== 'admin') {
    return 403;
  }
  return null;
}

describe('authorization of every OpenAPI route', () => {
  let t: TestApp;
  let routes: string[];
  const tokens: Partial<Record<Caller, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    // A verified firm: what an unverified one may not do is company_not_verified, not access.
    tokens.member = (await createVerifiedMember(t.http, t.db, 'PK')).token;
    tokens.staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    tokens.admin = (await createUserWithRole(t.http, t.db, 'admin')).accessToken;
  });
  afterAll(() => t?.close());

  it('every route of the document has a row, and every row is a route', () => {
    const missing = routes.filter((route) => !(route in ROUTES));
    const stale = Object.keys(ROUTES).filter((route) => !routes.includes(route));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each<Caller>(['anonymous', 'member', 'staff', 'admin'])(
    '%s: refused exactly where the table says, never a 5xx',
    async (caller) => {
      const wrong: string[] = [];
      for (const route of routes.filter((r) => r in ROUTES)) {
        const [method, template] = route.split(' ');
        // Logging out would end the caller's session for the rest of the sweep.
        if (route === 'POST /api/auth/logout' && caller !== 'anonymous') {
          continue;
        }
        const path = template.replace(/\{[^}]+\}/g, () => randomUUID());
        let call = t.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path);
        const token = tokens[caller];
        if (token) {
          call = call.set(bearer(token));
        }
        const response = method === 'GET' ? await call : await call.send({});
        const refusal = expectedRefusal(ROUTES[route], caller);
        const refused = response.status === 401 || response.status === 403;
        if (response.status >= 500) {
          wrong.push(`${route}: ${response.status}`);
        } else if (refusal !== null && response.status !== refusal) {
          wrong.push(`${route}: expected ${refusal}, got ${response.status}`);
        } else if (refusal === null && refused) {
          wrong.push(`${route}: expected to be allowed, got ${response.status}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
