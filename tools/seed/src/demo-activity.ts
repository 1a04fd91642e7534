import type { Pool } from 'pg';
import type {
  AuthResponse,
  ContactRequestResponse,
  ConversationEnvelope,
  DelegationCandidate,
  DelegationResponse,
  MatchResponse,
  Page,
} from '@jcc/contracts';
import type { ToolApp } from '@jcc/api/tool-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { DEMO_CONVERSATION, DEMO_DELEGATIONS, DEMO_INTRODUCTIONS } from './demo-activity-texts';
import { createDemoPartners } from './demo-partners';

/** What the start-up demo did, for its log line and its test. */
export interface DemoActivitySummary {
  requests: { pending: number; accepted: number; declined: number };
  conversations: number;
  messages: number;
  savedMatches: number;
  delegations: number;
}

interface Session {
  token: string;
  companyId: string | null;
}

type Method = 'GET' | 'POST' | 'PATCH';

/**
 * A fresh start that looks lived in: the demo members have requests waiting in both directions,
 * a conversation with unread replies, saved matches, and staff have two delegations being filled.
 * Every step goes through the real routes (in process), so the data obeys the same rules, owners
 * and transactions as users' own — the introduction becomes the first message, read marks are the
 * API's, and the mails these events cause wait in the outbox like any others.
 */
export async function createDemoActivity(app: ToolApp, pool: Pool): Promise<DemoActivitySummary> {
  const call = async <T>(method: Method, url: string, token?: string, body?: unknown) => {
    const response = await app.request<T>(method, url, { token, body });
    if (response.status >= 300) {
      throw new Error(
        `${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)}`,
      );
    }
    return response.body;
  };
  const signIn = async (email: string): Promise<Session> => {
    const { user, accessToken } = await call<AuthResponse>('POST', '/api/auth/login', undefined, {
      email,
      password: DEMO_PASSWORD,
    });
    return { token: accessToken, companyId: user.companyId };
  };

  const pk = await signIn('pk.member@demo.jcc');
  const az = await signIn('az.member@demo.jcc');
  const staff = await signIn('staff@demo.jcc');
  const summary: DemoActivitySummary = {
    requests: { pending: 0, accepted: 0, declined: 0 },
    conversations: 0,
    messages: 0,
    savedMatches: 0,
    delegations: 0,
  };

  // Partners are each member's own best matches, so every request reads as a sensible one.
  const bestFor = async (member: Session) =>
    (await call<Page<MatchResponse>>('GET', '/api/matches?limit=12', member.token)).items
      .map((match) => match.company.id)
      .filter((id) => id !== pk.companyId && id !== az.companyId);
  const pkBest = await bestFor(pk);
  const azBest = await bestFor(az);
  const partners = await createDemoPartners(pool, [...pkBest.slice(0, 4), ...azBest.slice(0, 3)]);
  const partnerSessions = new Map<string, Session>();
  for (const partner of partners.values()) {
    partnerSessions.set(partner.companyId, await signIn(partner.email));
  }
  const partnerOf = (companyId: string | undefined): Session | null =>
    (companyId && partnerSessions.get(companyId)) || null;

  const request = async (from: Session, toCompanyId: string, message: string) => {
    const sent = await call<ContactRequestResponse>('POST', '/api/contact-requests', from.token, {
      toCompanyId,
      message,
    });
    summary.requests.pending += 1;
    return sent.id;
  };
  const accept = async (by: Session, requestId: string) => {
    const { conversation } = await call<ConversationEnvelope>(
      'POST',
      `/api/contact-requests/${requestId}/accept`,
      by.token,
    );
    summary.requests.pending -= 1;
    summary.requests.accepted += 1;
    summary.conversations += 1;
    summary.messages += 1; // the introduction
    return conversation.id;
  };
  const write = async (by: Session, conversationId: string, body: string, clientId: string) => {
    await call('POST', `/api/conversations/${conversationId}/messages`, by.token, {
      clientId,
      body,
    });
    summary.messages += 1;
  };
  const readUpTo = (by: Session, conversationId: string, seq: number) =>
    call('POST', `/api/conversations/${conversationId}/read`, by.token, { seq });

  // The two demo members talk: one conversation with history, read marks and an unread reply.
  if (az.companyId) {
    const id = await request(pk, az.companyId, DEMO_INTRODUCTIONS.pkToAz);
    const conversationId = await accept(az, id);
    for (const [index, line] of DEMO_CONVERSATION.entries()) {
      await write(line.from === 'pk' ? pk : az, conversationId, line.body, demoClientId(1, index));
    }
    // The AZ member has read everything; the PK member has one reply waiting.
    await readUpTo(az, conversationId, DEMO_CONVERSATION.length + 1);
    await readUpTo(pk, conversationId, DEMO_CONVERSATION.length);
  }

  // The PK member's own requests: one answered and talked over, one turned down, one waiting.
  const [accepted, declined, waiting, askingFirst] = pkBest.map(partnerOf);
  if (accepted) {
    const id = await request(pk, pkBest[0], DEMO_INTRODUCTIONS.pkToPartner);
    const conversationId = await accept(accepted, id);
    await write(accepted, conversationId, DEMO_INTRODUCTIONS.partnerReply, demoClientId(2, 0));
  }
  if (declined) {
    const id = await request(pk, pkBest[1], DEMO_INTRODUCTIONS.pkToPartner);
    await call('POST', `/api/contact-requests/${id}/decline`, declined.token);
    summary.requests.pending -= 1;
    summary.requests.declined += 1;
  }
  if (waiting) {
    await request(pk, pkBest[2], DEMO_INTRODUCTIONS.pkToPartner);
  }
  // Requests waiting for the demo members' answer: the menu's count is not zero on day one.
  if (askingFirst && pk.companyId) {
    await request(askingFirst, pk.companyId, DEMO_INTRODUCTIONS.partnerToPk);
  }
  const azAsking = partnerOf(azBest[0]);
  if (azAsking && az.companyId) {
    await request(azAsking, az.companyId, DEMO_INTRODUCTIONS.partnerToAz);
  }

  // Saved matches: what a member shortlists in the first week.
  for (const [member, ids] of [
    [pk, pkBest.slice(4, 7)],
    [az, azBest.slice(3, 5)],
  ] as const) {
    for (const companyId of ids) {
      await call('POST', `/api/matches/${companyId}/feedback`, member.token, { action: 'save' });
      summary.savedMatches += 1;
    }
  }

  // Two delegations staff are filling: invitations to the best candidates, and the demo members'
  // own firms on them (one confirmed, one applied), so both sides of the flow are there to see.
  for (const plan of DEMO_DELEGATIONS) {
    const delegation = await call<DelegationResponse>('POST', '/api/delegations', staff.token, {
      ...plan.delegation,
      startsOn: isoDateInDays(plan.startsInDays),
      endsOn: isoDateInDays(plan.startsInDays + plan.lastsDays - 1),
    });
    summary.delegations += 1;
    const member = plan.delegation.direction === 'PK_TO_AZ' ? pk : az;
    const candidates = await call<Page<DelegationCandidate>>(
      'GET',
      `/api/delegations/${delegation.id}/candidates?limit=6`,
      staff.token,
    );
    for (const candidate of candidates.items.filter((c) => c.company.id !== member.companyId)) {
      await call('POST', `/api/delegations/${delegation.id}/members`, staff.token, {
        companyId: candidate.company.id,
      });
    }
    if (!member.companyId) {
      continue;
    }
    if (plan.memberJoins === 'confirmed') {
      await call('POST', `/api/delegations/${delegation.id}/members`, staff.token, {
        companyId: member.companyId,
      });
      await call(
        'PATCH',
        `/api/delegations/${delegation.id}/members/${member.companyId}`,
        member.token,
        { status: 'confirmed' },
      );
    } else {
      await call('POST', `/api/delegations/${delegation.id}/apply`, member.token);
    }
  }
  return summary;
}

/** Stable client ids: the demo's messages are written once, like any client's retried send. */
function demoClientId(conversation: number, index: number): string {
  return `00000000-0000-4000-8000-${String(conversation * 1000 + index).padStart(12, '0')}`;
}

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
