import type { ContactRequestResponse, ConversationResponse, Country } from '@jcc/contracts';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import {
  bearer,
  createUserWithRole,
  createVerifiedMember,
  registerUser,
  type Member,
} from './factories';

/** Two verified firms of the two countries, each with one member account. */
export async function createFirms(
  http: TestAgent,
  db: DataSource,
): Promise<{ pk: Member; az: Member }> {
  const [pk, az] = await Promise.all([
    createVerifiedMember(http, db, 'PK'),
    createVerifiedMember(http, db, 'AZ'),
  ]);
  return { pk, az };
}

export async function requestContact(
  http: TestAgent,
  from: Member,
  to: Member,
  message = 'We make footballs; shall we talk?',
): Promise<ContactRequestResponse> {
  const response = await http
    .post('/api/contact-requests')
    .set(bearer(from.token))
    .send({ toCompanyId: to.company.id, message })
    .expect(201);
  return response.body as ContactRequestResponse;
}

export interface ConnectedFirms {
  pk: Member;
  az: Member;
  conversation: ConversationResponse;
}

/**
 * Two firms whose contact request was accepted: they have a conversation. The request carries no
 * words, so the conversation starts empty (a request's message would become its seq 1; the
 * contact-request specs test that).
 */
export async function createConnectedFirms(
  http: TestAgent,
  db: DataSource,
): Promise<ConnectedFirms> {
  const { pk, az } = await createFirms(http, db);
  const request = await requestContact(http, pk, az, '');
  const response = await http
    .post(`/api/contact-requests/${request.id}/accept`)
    .set(bearer(az.token))
    .expect(200);
  return {
    pk,
    az,
    conversation: (response.body as { conversation: ConversationResponse }).conversation,
  };
}

/** Another member account of the same firm (a colleague, or the same person on another device). */
export async function addColleague(
  http: TestAgent,
  db: DataSource,
  member: Member,
): Promise<Member> {
  const auth = await registerUser(http);
  await db.query('UPDATE users SET company_id = $1 WHERE id = $2', [
    member.company.id,
    auth.user.id,
  ]);
  return {
    auth: { ...auth, user: { ...auth.user, companyId: member.company.id } },
    token: auth.accessToken,
    company: member.company,
  };
}

export async function createStaffToken(
  http: TestAgent,
  db: DataSource,
): Promise<{ token: string; userId: string }> {
  const auth = await createUserWithRole(http, db, 'staff');
  return { token: auth.accessToken, userId: auth.user.id };
}

export async function countMessages(db: DataSource, conversationId: string): Promise<number> {
  const [{ count }] = await db.query(
    'SELECT count(*)::int AS count FROM messages WHERE conversation_id = $1',
    [conversationId],
  );
  return count as number;
}

export const otherCountry = (country: Country): Country => (country === 'PK' ? 'AZ' : 'PK');
