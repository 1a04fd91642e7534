import { randomUUID } from 'node:crypto';
import type { AuthResponse, CompanyResponse, Country, Role } from '@jcc/contracts';
import type { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent';

export const PASSWORD = 'correct-horse-battery';

let registrationCounter = Math.floor(Math.random() * 1_000_000);

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID()}@example.test`;
}

/** A registration number that is valid for the country and unique within the run. */
export function uniqueRegistrationNumber(country: Country): string {
  registrationCounter += 1;
  const digits = String(registrationCounter).padStart(7, '0').slice(-7);
  return country === 'PK'
    ? `${digits}-${registrationCounter % 10}`
    : `9${digits}${String(process.pid % 100).padStart(2, '0')}`;
}

/**
 * The database behind each test app's agent (test-app.ts and chat-app.ts remember it), so that
 * factories that only get the agent can mark a new address verified as the mailed link would.
 */
const databases = new WeakMap<TestAgent, DataSource>();

export function rememberDatabase(http: TestAgent, db: DataSource): void {
  databases.set(http, db);
}

/** Marks the address confirmed, as opening the link of the verification mail does. */
export async function markEmailVerified(db: DataSource, userId: string): Promise<void> {
  await db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [userId]);
}

/**
 * A new member account. Its address is marked verified (as after opening the mailed link) unless
 * `{ verifyEmail: false }`: most scenarios are about firms whose owner did that long ago.
 */
export async function registerUser(
  http: TestAgent,
  overrides: Record<string, unknown> = {},
  options: { verifyEmail?: boolean } = {},
): Promise<AuthResponse> {
  const response = await http
    .post('/api/auth/register')
    .send({ email: uniqueEmail(), password: PASSWORD, fullName: 'Test User', ...overrides })
    .expect(201);
  const auth = response.body as AuthResponse;
  const db = databases.get(http);
  if (options.verifyEmail !== false && db) {
    await markEmailVerified(db, auth.user.id);
    return { ...auth, user: { ...auth.user, emailVerified: true } };
  }
  return auth;
}

export function companyInput(country: Country, overrides: Record<string, unknown> = {}) {
  return {
    name: country === 'PK' ? 'Crescent Sports Industries' : 'Bakı Tekstil Ticarət MMC',
    country,
    city: country === 'PK' ? 'Sialkot' : 'Baku',
    registrationNumber: uniqueRegistrationNumber(country),
    sectors: country === 'PK' ? ['sports_goods', 'textiles'] : ['textiles'],
    offersHs: country === 'PK' ? ['95', '61'] : ['27'],
    seeksHs: country === 'PK' ? ['27'] : ['61', '63'],
    partnershipTypes: country === 'PK' ? ['export', 'joint_venture'] : ['import', 'distribution'],
    jvSectors: country === 'PK' ? ['light_industry'] : [],
    sizeBand: 'medium',
    foundedYear: 1998,
    languages: country === 'PK' ? ['en', 'ur'] : ['az', 'ru', 'en'],
    website: 'https://example.com',
    description: 'Makers of footballs and sportswear.',
    certifications: ['ISO 9001'],
    ...overrides,
  };
}

export interface Member {
  auth: AuthResponse;
  token: string;
  company: CompanyResponse;
}

/** A member account with its own firm. */
export async function createMember(
  http: TestAgent,
  country: Country,
  overrides: Record<string, unknown> = {},
): Promise<Member> {
  const auth = await registerUser(http);
  const response = await http
    .post('/api/companies')
    .set('Authorization', `Bearer ${auth.accessToken}`)
    .send(companyInput(country, overrides))
    .expect(201);
  return { auth, token: auth.accessToken, company: response.body as CompanyResponse };
}

/** Staff and admins are never self-registered; tests promote a fresh account directly. */
export async function createUserWithRole(
  http: TestAgent,
  db: DataSource,
  role: Role,
): Promise<AuthResponse> {
  const auth = await registerUser(http);
  await db.query('UPDATE users SET role = $1 WHERE id = $2', [role, auth.user.id]);
  return { ...auth, user: { ...auth.user, role } };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * Marks the member's firm verified, as staff would: pending firms are invisible to others and
 * cannot send contact requests, so most scenarios start from verified firms.
 */
export async function verifyFirm(db: DataSource, member: Member): Promise<Member> {
  await db.query(
    `UPDATE companies SET verification = 'verified', verified_at = now() WHERE id = $1`,
    [member.company.id],
  );
  return { ...member, company: { ...member.company, verification: 'verified' } };
}

/** A member whose firm is already verified. */
export async function createVerifiedMember(
  http: TestAgent,
  db: DataSource,
  country: Country,
  overrides: Record<string, unknown> = {},
): Promise<Member> {
  return verifyFirm(db, await createMember(http, country, overrides));
}
