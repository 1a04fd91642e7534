import { randomBytes, randomUUID } from 'node:crypto';
import type { AuthResponse, CompanyResponse } from '@jcc/contracts';
import { expectApiError } from './support/api-error';
import {
  bearer,
  companyInput,
  createVerifiedMember,
  createUserWithRole,
  PASSWORD,
  registerUser,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Who may do what in `auth` and `companies`: every caller against every write endpoint and every
 * read whose answer depends on the caller, one row per cell with the exact status. A refused write
 * must leave its rows exactly as they were.
 */

type Caller =
  | 'anonymous'
  | 'member of firm A'
  | 'member of firm B'
  | 'member without a company'
  | 'staff'
  | 'admin';
type SignedIn = Exclude<Caller, 'anonymous'>;

interface World {
  firmA: CompanyResponse;
  firmB: CompanyResponse;
  accounts: Record<SignedIn, AuthResponse>;
  /** A word only the descriptions of this world's two firms contain, to find them with `q`. */
  word: string;
}

/**
 * Firm A (Pakistan) and firm B (Azerbaijan) with one member each, plus the other callers. Both
 * are verified: a pending firm is seen by no other firm (verified-marketplace.e2e-spec.ts).
 */
async function buildWorld(t: TestApp): Promise<World> {
  const word = `matrix${randomBytes(6).toString('hex').replace(/\d/g, 'q')}`;
  const memberA = await createVerifiedMember(t.http, t.db, 'PK', {
    description: `Footballs and goalkeeper gloves, ref ${word}.`,
  });
  const memberB = await createVerifiedMember(t.http, t.db, 'AZ', {
    description: `Cotton yarn importer, ref ${word}.`,
  });
  return {
    firmA: memberA.company,
    firmB: memberB.company,
    word,
    accounts: {
      'member of firm A': memberA.auth,
      'member of firm B': memberB.auth,
      'member without a company': await registerUser(t.http),
      staff: await createUserWithRole(t.http, t.db, 'staff'),
      admin: await createUserWithRole(t.http, t.db, 'admin'),
    },
  };
}

function headers(world: World, caller: Caller): Record<string, string> {
  return caller === 'anonymous' ? {} : bearer(world.accounts[caller].accessToken);
}

interface CompanyRow {
  row: string;
  description: string;
  verification: string;
  verification_note: string | null;
  verified_at: Date | null;
}

async function companyRow(t: TestApp, id: string): Promise<CompanyRow> {
  const rows = await t.db.query<CompanyRow[]>(
    `SELECT c::text AS row, description, verification, verification_note, verified_at
       FROM companies c WHERE id = $1`,
    [id],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('writes', () => {
    let w: World;
    beforeAll(async () => {
      w = await buildWorld(t);
    });

    describe('POST /api/companies', () => {
      async function companyIdOf(userId: string): Promise<string | null> {
        const [user] = await t.db.query<{ company_id: string | null }[]>(
          'SELECT company_id FROM users WHERE id = $1',
          [userId],
        );
        return user.company_id;
      }
      async function companiesNamed(name: string): Promise<number> {
        const [{ count }] = await t.db.query<{ count: number }[]>(
          'SELECT count(*)::int AS count FROM companies WHERE name = $1',
          [name],
        );
        return count;
      }

      it.each<{ caller: Caller; status: number }>([
        { caller: 'anonymous', status: 401 },
        { caller: 'member of firm A', status: 409 },
        { caller: 'member of firm B', status: 409 },
        { caller: 'member without a company', status: 201 },
        { caller: 'staff', status: 403 },
        { caller: 'admin', status: 403 },
      ])('as $caller → $status', async ({ caller, status }) => {
        // A fresh account each time, so that the cell that succeeds leaves the others untouched.
        const account =
          caller === 'member without a company'
            ? await registerUser(t.http)
            : caller === 'anonymous'
              ? null
              : w.accounts[caller];
        const name = `Matrix Probe ${randomUUID()}`;
        const before = account ? await companyIdOf(account.user.id) : null;
        const response = await t.http
          .post('/api/companies')
          .set(account ? bearer(account.accessToken) : {})
          .send(companyInput('AZ', { name }));
        if (status === 201) {
          expect(response.status).toBe(201);
          const company = response.body as CompanyResponse;
          expect(company).toMatchObject({ name, verification: 'pending' });
          expect(await companiesNamed(name)).toBe(1);
          expect(await companyIdOf(account!.user.id)).toBe(company.id);
        } else {
          expectApiError(response, status);
          expect(await companiesNamed(name)).toBe(0);
          if (account) {
            expect(await companyIdOf(account.user.id)).toBe(before);
          }
        }
      });
    });

    describe('PATCH /api/companies/:id of firm A', () => {
      it.each<{ caller: Caller; status: number }>([
        { caller: 'anonymous', status: 401 },
        { caller: 'member of firm B', status: 403 },
        { caller: 'member without a company', status: 403 },
        { caller: 'member of firm A', status: 200 },
        { caller: 'staff', status: 200 },
        { caller: 'admin', status: 200 },
      ])('as $caller → $status', async ({ caller, status }) => {
        const before = await companyRow(t, w.firmA.id);
        const description = `Edited by ${caller}, ${randomUUID()}`;
        const response = await t.http
          .patch(`/api/companies/${w.firmA.id}`)
          .set(headers(w, caller))
          .send({ description });
        if (status === 200) {
          expect(response.status).toBe(200);
          expect((response.body as CompanyResponse).description).toBe(description);
          expect((await companyRow(t, w.firmA.id)).description).toBe(description);
        } else {
          expectApiError(response, status);
          expect(await companyRow(t, w.firmA.id)).toEqual(before);
        }
      });
    });

    describe('POST /api/companies/:id/verification of firm A', () => {
      it.each<{ caller: Caller; status: number }>([
        { caller: 'anonymous', status: 401 },
        { caller: 'member of firm A', status: 403 },
        { caller: 'member of firm B', status: 403 },
        { caller: 'member without a company', status: 403 },
        { caller: 'staff', status: 200 },
        { caller: 'admin', status: 200 },
      ])('as $caller → $status', async ({ caller, status }) => {
        // Every cell starts from a firm waiting for review, so that a wrongly accepted call shows.
        await t.db.query(
          `UPDATE companies SET verification = 'pending', verification_note = NULL, verified_at = NULL
            WHERE id = $1`,
          [w.firmA.id],
        );
        const before = await companyRow(t, w.firmA.id);
        const note = `Checked by ${caller}`;
        const response = await t.http
          .post(`/api/companies/${w.firmA.id}/verification`)
          .set(headers(w, caller))
          .send({ status: 'verified', note });
        if (status === 200) {
          expect(response.status).toBe(200);
          expect(response.body).toMatchObject({ verification: 'verified', verificationNote: note });
          const after = await companyRow(t, w.firmA.id);
          expect(after).toMatchObject({ verification: 'verified', verification_note: note });
          expect(after.verified_at).toBeInstanceOf(Date);
        } else {
          expectApiError(response, status);
          expect(await companyRow(t, w.firmA.id)).toEqual(before);
        }
      });
    });

    describe('POST /api/auth/logout', () => {
      interface Login {
        userId: string;
        accessToken: string;
        refreshToken: string;
      }
      /** A new login of the account, so that ending it leaves the fixtures signed in. */
      async function signIn(caller: SignedIn): Promise<Login> {
        const { user } = w.accounts[caller];
        const response = await t.http
          .post('/api/auth/login')
          .send({ email: user.email, password: PASSWORD })
          .expect(200);
        const body = response.body as AuthResponse;
        return { userId: user.id, accessToken: body.accessToken, refreshToken: body.refreshToken };
      }
      async function tokenRows(userId: string): Promise<unknown[]> {
        return t.db.query<unknown[]>(
          'SELECT id, spent_at, revoked_at FROM refresh_tokens WHERE user_id = $1 ORDER BY id',
          [userId],
        );
      }

      it.each<{ caller: Caller; owner: SignedIn; status: number; ends: boolean }>([
        { caller: 'anonymous', owner: 'member of firm A', status: 401, ends: false },
        { caller: 'member of firm A', owner: 'member of firm A', status: 204, ends: true },
        { caller: 'member of firm B', owner: 'member of firm A', status: 204, ends: false },
        {
          caller: 'member without a company',
          owner: 'member without a company',
          status: 204,
          ends: true,
        },
        { caller: 'staff', owner: 'staff', status: 204, ends: true },
        { caller: 'staff', owner: 'member of firm A', status: 204, ends: false },
        { caller: 'admin', owner: 'admin', status: 204, ends: true },
      ])(
        'as $caller with the refresh token of $owner → $status (login ended: $ends)',
        async ({ caller, owner, status, ends }) => {
          const presented = await signIn(owner);
          const callerLogin =
            caller === 'anonymous' ? null : caller === owner ? presented : await signIn(caller);
          const before = await tokenRows(presented.userId);
          const response = await t.http
            .post('/api/auth/logout')
            .set(callerLogin ? bearer(callerLogin.accessToken) : {})
            .send({ refreshToken: presented.refreshToken });
          if (status === 204) {
            expect(response.status).toBe(204);
          } else {
            expectApiError(response, status);
          }
          const me = await t.http.get('/api/auth/me').set(bearer(presented.accessToken));
          expect(me.status).toBe(ends ? 401 : 200);
          if (!ends) {
            expect(await tokenRows(presented.userId)).toEqual(before);
            // The refresh token still works for its owner.
            await t.http
              .post('/api/auth/refresh')
              .send({ refreshToken: presented.refreshToken })
              .expect(200);
          } else {
            await t.http
              .post('/api/auth/refresh')
              .send({ refreshToken: presented.refreshToken })
              .expect(401);
          }
        },
      );
    });
  });

  describe('reads of a verified firm: the registration number', () => {
    let w: World;
    beforeAll(async () => {
      w = await buildWorld(t);
    });

    const visibility: { caller: Caller; sees: boolean }[] = [
      { caller: 'anonymous', sees: false },
      { caller: 'member of firm A', sees: true },
      { caller: 'member of firm B', sees: false },
      { caller: 'member without a company', sees: false },
      { caller: 'staff', sees: true },
      { caller: 'admin', sees: true },
    ];

    it.each(visibility)(
      'GET /api/companies/:id of firm A as $caller → 200, registrationNumber shown: $sees',
      async ({ caller, sees }) => {
        const response = await t.http
          .get(`/api/companies/${w.firmA.id}`)
          .set(headers(w, caller))
          .expect(200);
        const company = response.body as CompanyResponse;
        expect(company.id).toBe(w.firmA.id);
        if (sees) {
          expect(company.registrationNumber).toBe(w.firmA.registrationNumber);
        } else {
          expect(company).not.toHaveProperty('registrationNumber');
        }
      },
    );

    it.each(visibility)(
      'GET /api/companies listing firm A as $caller → 200, registrationNumber shown: $sees',
      async ({ caller, sees }) => {
        const response = await t.http
          .get(`/api/companies?q=${w.word}`)
          .set(headers(w, caller))
          .expect(200);
        const items = (response.body as { items: CompanyResponse[] }).items;
        const firmA = items.find((company) => company.id === w.firmA.id);
        expect(firmA).toBeDefined();
        if (sees) {
          expect(firmA?.registrationNumber).toBe(w.firmA.registrationNumber);
        } else {
          expect(firmA).not.toHaveProperty('registrationNumber');
        }
      },
    );
  });

  describe('reads and writes of a rejected firm', () => {
    let w: World;
    beforeAll(async () => {
      w = await buildWorld(t);
      await t.http
        .post(`/api/companies/${w.firmA.id}/verification`)
        .set(bearer(w.accounts.staff.accessToken))
        .send({ status: 'rejected', note: 'The NTN does not match FBR records' })
        .expect(200);
    });

    it.each<{ caller: Caller; status: number }>([
      { caller: 'anonymous', status: 404 },
      { caller: 'member of firm A', status: 200 },
      { caller: 'member of firm B', status: 404 },
      { caller: 'member without a company', status: 404 },
      { caller: 'staff', status: 200 },
      { caller: 'admin', status: 200 },
    ])(
      'GET /api/companies/:id of rejected firm A as $caller → $status',
      async ({ caller, status }) => {
        const response = await t.http.get(`/api/companies/${w.firmA.id}`).set(headers(w, caller));
        if (status === 200) {
          expect(response.status).toBe(200);
          expect(response.body).toMatchObject({ id: w.firmA.id, verification: 'rejected' });
        } else {
          expectApiError(response, status);
        }
      },
    );

    it.each<{ caller: Caller; listed: boolean }>([
      { caller: 'anonymous', listed: false },
      { caller: 'member of firm A', listed: false },
      { caller: 'member of firm B', listed: false },
      { caller: 'member without a company', listed: false },
      { caller: 'staff', listed: true },
      { caller: 'admin', listed: true },
    ])(
      'GET /api/companies as $caller → 200, rejected firm A listed: $listed',
      async ({ caller, listed }) => {
        const response = await t.http
          .get(`/api/companies?q=${w.word}`)
          .set(headers(w, caller))
          .expect(200);
        const ids = (response.body as { items: CompanyResponse[] }).items.map(
          (company) => company.id,
        );
        // Firm B matches the same search and is listed for everyone: the search itself works.
        expect(ids).toContain(w.firmB.id);
        if (listed) {
          expect(ids).toContain(w.firmA.id);
        } else {
          expect(ids).not.toContain(w.firmA.id);
        }
      },
    );

    it.each<{ caller: Caller; status: number }>([
      { caller: 'anonymous', status: 401 },
      { caller: 'member of firm B', status: 404 },
      { caller: 'member without a company', status: 404 },
    ])(
      'PATCH /api/companies/:id of rejected firm A as $caller → $status, nothing changed',
      async ({ caller, status }) => {
        const before = await companyRow(t, w.firmA.id);
        const response = await t.http
          .patch(`/api/companies/${w.firmA.id}`)
          .set(headers(w, caller))
          .send({ description: 'Hijacked' });
        expectApiError(response, status);
        expect(await companyRow(t, w.firmA.id)).toEqual(before);
      },
    );
  });
});
