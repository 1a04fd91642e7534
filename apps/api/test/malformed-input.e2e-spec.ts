import type { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent';
import { expectApiError, expectFieldError, type HttpAnswer } from './support/api-error';
import {
  bearer,
  companyInput,
  createMember,
  createUserWithRole,
  PASSWORD,
  registerUser,
  uniqueEmail,
  type Member,
} from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/**
 * A sweep of bad requests over the write endpoints of `auth` and `companies` and the directory's
 * query string. Every answer must be the expected 4xx in the contract's error shape, never a 5xx,
 * and must leave the database exactly as it was. The file runs on a database of its own so that
 * table-wide counts and checksums mean something while other files run in parallel.
 */

type Caller = 'anonymous' | 'owner of firm A' | 'member without a company' | 'staff';

interface BadRequest {
  title: string;
  method: 'GET' | 'POST' | 'PATCH';
  /** `:firmA` stands for the id of firm A, known only once the fixtures exist. */
  path: string;
  caller: Caller;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent verbatim, for bodies that JSON.stringify cannot make (malformed, huge, forbidden keys). */
  raw?: string;
  contentType?: string;
  status: number;
  /** The field a validation error must name; `'*'` for a list of field errors naming any field. */
  field?: string;
}

interface Options {
  caller?: Caller;
  raw?: string;
  contentType?: string;
  field?: string;
  /** How the path reads in the test name, when the real one is too long or opaque. */
  shown?: string;
}

function bad(
  method: BadRequest['method'],
  path: string,
  what: string,
  body: unknown,
  status: number,
  options: Options = {},
): BadRequest {
  const naming =
    options.field === undefined
      ? ''
      : options.field === '*'
        ? ' with field errors'
        : ` naming ${options.field}`;
  return {
    title: `${[method, options.shown ?? path, what].filter(Boolean).join(' ')} → ${status}${naming}`,
    method,
    path,
    caller: options.caller ?? 'anonymous',
    body,
    raw: options.raw,
    contentType: options.contentType,
    status,
    field: options.field,
  };
}

const FIRM_A = '/api/companies/:firmA';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const MALFORMED_JSON = '{"email": "a@example.test", "password": ';
const OVER_ONE_MIB = JSON.stringify({ description: 'x'.repeat(1024 * 1024 + 16) });

const chars = (count: number, letter = 'x') => letter.repeat(count);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

// ---- POST /api/auth/register ------------------------------------------------------------------

const registration = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail('sweep'),
  password: PASSWORD,
  fullName: 'Sweep Tester',
  ...overrides,
});
const register = (what: string, body: unknown, status: number, options: Options = {}) =>
  bad('POST', '/api/auth/register', what, body, status, options);

const REGISTER_CASES: BadRequest[] = [
  register('with email as a number', registration({ email: 42 }), 400, { field: 'email' }),
  register('with email missing', registration({ email: undefined }), 400, { field: 'email' }),
  register('with email that is not an address', registration({ email: 'not-an-email' }), 400, {
    field: 'email',
  }),
  register('with email of 255+ characters', registration({ email: `${chars(250)}@x.test` }), 400, {
    field: 'email',
  }),
  register('with password as a number', registration({ password: 1234567890123 }), 400, {
    field: 'password',
  }),
  register('with a 9-character password', registration({ password: 'abcdefghi' }), 400, {
    field: 'password',
  }),
  register('with fullName as a list', registration({ fullName: ['Ayesha', 'Khan'] }), 400, {
    field: 'fullName',
  }),
  register('with fullName as an object', registration({ fullName: { first: 'Ayesha' } }), 400, {
    field: 'fullName',
  }),
  register('with an unknown locale', registration({ locale: 'de' }), 400, { field: 'locale' }),
  register('with an unknown field (role: admin)', registration({ role: 'admin' }), 400, {
    field: 'role',
  }),
  register('with a JSON array as the body', [registration()], 400, { field: '*' }),
  register('with a JSON string as the body', undefined, 400, {
    raw: JSON.stringify('sweep@example.test'),
    field: '*',
  }),
  register('with JSON null as the body', undefined, 400, { raw: 'null', field: '*' }),
  register('with malformed JSON', undefined, 400, { raw: MALFORMED_JSON }),
  register('with a __proto__ key', undefined, 400, {
    raw: `{"email":"${uniqueEmail('proto')}","password":"${PASSWORD}","fullName":"Proto","__proto__":{"role":"admin"}}`,
  }),
  register('with a body over 1 MiB', undefined, 413, { raw: OVER_ONE_MIB }),
  register(
    'with a NUL character in fullName',
    registration({ fullName: 'Sweep\u0000Tester' }),
    400,
    {
      field: 'fullName',
    },
  ),
  register('as text/plain (a string, not an object)', undefined, 400, {
    raw: JSON.stringify(registration()),
    contentType: 'text/plain',
    field: '*',
  }),
  register('as application/xml', undefined, 415, {
    raw: '<user><email>a@example.test</email></user>',
    contentType: 'application/xml',
  }),
];

// ---- POST /api/auth/login ---------------------------------------------------------------------

const login = (what: string, body: unknown, status: number, options: Options = {}) =>
  bad('POST', '/api/auth/login', what, body, status, options);

const LOGIN_CASES: BadRequest[] = [
  login('with email as a number', { email: 42, password: PASSWORD }, 400, { field: 'email' }),
  login('without a password', { email: 'someone@example.test' }, 400, { field: 'password' }),
  login('with an empty password', { email: 'someone@example.test', password: '' }, 400, {
    field: 'password',
  }),
  login('with password as a list', { email: 'someone@example.test', password: [PASSWORD] }, 400, {
    field: 'password',
  }),
  login(
    'with an unknown field',
    { email: 'someone@example.test', password: PASSWORD, rememberMe: true },
    400,
    { field: 'rememberMe' },
  ),
  login('with a JSON array as the body', [{ email: 'a@example.test', password: PASSWORD }], 400, {
    field: 'body',
  }),
  login('with a JSON string as the body', undefined, 400, {
    raw: JSON.stringify('a@example.test'),
    field: 'body',
  }),
  login('with malformed JSON', undefined, 400, { raw: MALFORMED_JSON }),
  login(
    'with a NUL character in email',
    { email: 'a\u0000b@example.test', password: PASSWORD },
    400,
    {
      field: 'email',
    },
  ),
];

// ---- POST /api/auth/refresh and /api/auth/logout ----------------------------------------------

const refresh = (what: string, body: unknown, status: number, options: Options = {}) =>
  bad('POST', '/api/auth/refresh', what, body, status, options);
const logout = (what: string, body: unknown, status: number, options: Options = {}) =>
  bad('POST', '/api/auth/logout', what, body, status, { caller: 'owner of firm A', ...options });

const TOKEN_CASES: BadRequest[] = [
  refresh('without refreshToken', {}, 400, { field: 'refreshToken' }),
  refresh('with refreshToken as a number', { refreshToken: 123456 }, 400, {
    field: 'refreshToken',
  }),
  refresh('with refreshToken as an object', { refreshToken: { token: 'x' } }, 400, {
    field: 'refreshToken',
  }),
  refresh('with an empty refreshToken', { refreshToken: '' }, 400, { field: 'refreshToken' }),
  refresh('with a 513-character refreshToken', { refreshToken: chars(513) }, 400, {
    field: 'refreshToken',
  }),
  refresh('with an unknown field', { refreshToken: 'abc', userId: UNKNOWN_ID }, 400, {
    field: 'userId',
  }),
  refresh('with a JSON array as the body', ['abc'], 400, { field: '*' }),
  refresh('with a JSON string as the body', undefined, 400, { raw: '"abc"', field: '*' }),
  refresh('with malformed JSON', undefined, 400, { raw: '{"refreshToken":' }),
  refresh('with a token the server never issued', { refreshToken: chars(43, 'a') }, 401),
  logout('without refreshToken', {}, 400, { field: 'refreshToken' }),
  logout('with refreshToken as a number', { refreshToken: 42 }, 400, { field: 'refreshToken' }),
  logout('with refreshToken as a list', { refreshToken: ['a', 'b'] }, 400, {
    field: 'refreshToken',
  }),
  logout('with an unknown field', { refreshToken: 'abc', everywhere: true }, 400, {
    field: 'everywhere',
  }),
  logout('with a JSON string as the body', undefined, 400, { raw: '"abc"', field: '*' }),
  logout('with malformed JSON', undefined, 400, { raw: '{"refreshToken":' }),
  logout('anonymously, with a bad body (auth comes first)', { refreshToken: 42 }, 401, {
    caller: 'anonymous',
  }),
];

// ---- POST /api/companies ----------------------------------------------------------------------

const firm = (overrides: Record<string, unknown> = {}) =>
  companyInput('PK', { name: 'Sweep Sports Works', ...overrides });
const create = (what: string, body: unknown, status: number, options: Options = {}) =>
  bad('POST', '/api/companies', what, body, status, {
    caller: 'member without a company',
    ...options,
  });

const CREATE_CASES: BadRequest[] = [
  create('with a 201-character name', firm({ name: chars(201) }), 400, { field: 'name' }),
  create('with a 1-character name', firm({ name: 'X' }), 400, { field: 'name' }),
  create('with name as a number', firm({ name: 42 }), 400, { field: 'name' }),
  create('without a name', firm({ name: undefined }), 400, { field: 'name' }),
  create('with a NUL character in name', firm({ name: 'Sweep\u0000Works' }), 400, {
    field: 'name',
  }),
  create('with a 4001-character description', firm({ description: chars(4001) }), 400, {
    field: 'description',
  }),
  create('with description as a list', firm({ description: ['Footballs'] }), 400, {
    field: 'description',
  }),
  create('with a 101-character city', firm({ city: chars(101) }), 400, { field: 'city' }),
  create('with an unknown country', firm({ country: 'IN' }), 400, { field: 'country' }),
  create('with an unknown sizeBand', firm({ sizeBand: 'huge' }), 400, { field: 'sizeBand' }),
  create('with a 101-character certification', firm({ certifications: [chars(101)] }), 400, {
    field: 'certifications',
  }),
  create(
    'with 21 certifications',
    firm({ certifications: Array.from({ length: 21 }, (_, index) => `ISO ${9000 + index}`) }),
    400,
    { field: 'certifications' },
  ),
  create('with certifications as a string', firm({ certifications: 'ISO 9001' }), 400, {
    field: 'certifications',
  }),
  create('with nested certification lists', firm({ certifications: [['ISO 9001']] }), 400, {
    field: 'certifications',
  }),
  create(
    'with 6 sectors',
    firm({
      sectors: ['textiles', 'leather', 'food', 'sports_goods', 'chemicals', 'energy'],
    }),
    400,
    { field: 'sectors' },
  ),
  create('with a repeated sector', firm({ sectors: ['textiles', 'textiles'] }), 400, {
    field: 'sectors',
  }),
  create('with no sectors', firm({ sectors: [] }), 400, { field: 'sectors' }),
  create('with an unknown sector', firm({ sectors: ['rocketry'] }), 400, { field: 'sectors' }),
  create('with sectors as a string', firm({ sectors: 'textiles' }), 400, { field: 'sectors' }),
  create('with sectors as an object', firm({ sectors: { textiles: true } }), 400, {
    field: 'sectors',
  }),
  create('with nested sector lists', firm({ sectors: [['textiles']] }), 400, { field: 'sectors' }),
  create('with an unknown offered HS chapter (98)', firm({ offersHs: ['95', '98'] }), 400, {
    field: 'offersHs',
  }),
  create('with a sought HS chapter as a number', firm({ seeksHs: [27] }), 400, {
    field: 'seeksHs',
  }),
  create('with a repeated offered HS chapter', firm({ offersHs: ['61', '61'] }), 400, {
    field: 'offersHs',
  }),
  create(
    'with 11 languages',
    firm({ languages: ['en', 'ur', 'az', 'ru', 'tr', 'ar', 'fa', 'pa', 'zh', 'de', 'fr'] }),
    400,
    { field: 'languages' },
  ),
  create('with an unknown language', firm({ languages: ['en', 'xx'] }), 400, {
    field: 'languages',
  }),
  create('with no languages', firm({ languages: [] }), 400, { field: 'languages' }),
  create('with a repeated language', firm({ languages: ['en', 'en'] }), 400, {
    field: 'languages',
  }),
  create('with an unknown partnership type', firm({ partnershipTypes: ['franchise'] }), 400, {
    field: 'partnershipTypes',
  }),
  create('with no partnership types', firm({ partnershipTypes: [] }), 400, {
    field: 'partnershipTypes',
  }),
  create(
    'with jvSectors but no joint_venture',
    firm({ partnershipTypes: ['export'], jvSectors: ['light_industry'] }),
    400,
    { field: 'jvSectors' },
  ),
  create('with foundedYear 1700', firm({ foundedYear: 1700 }), 400, { field: 'foundedYear' }),
  create('with foundedYear 3000', firm({ foundedYear: 3000 }), 400, { field: 'foundedYear' }),
  create('with foundedYear "1999" (a string)', firm({ foundedYear: '1999' }), 400, {
    field: 'foundedYear',
  }),
  create('with foundedYear 1999.5', firm({ foundedYear: 1999.5 }), 400, { field: 'foundedYear' }),
  create('with website javascript:alert(1)', firm({ website: 'javascript:alert(1)' }), 400, {
    field: 'website',
  }),
  create('with website ftp://x', firm({ website: 'ftp://x' }), 400, { field: 'website' }),
  // A website without a scheme is accepted and stored with https:// (first-week.e2e-spec);
  // one that is no address even then is still refused.
  create('with a website that is no address', firm({ website: 'crescent sports' }), 400, {
    field: 'website',
  }),
  create('with letters in registrationNumber', firm({ registrationNumber: 'NTN-ABC' }), 400, {
    field: 'registrationNumber',
  }),
  create(
    'with an unknown field (verification: verified)',
    firm({ verification: 'verified' }),
    400,
    {
      field: 'verification',
    },
  ),
  create('with an unknown field (id)', firm({ id: UNKNOWN_ID }), 400, { field: 'id' }),
  create('with a JSON array as the body', [firm()], 400, { field: '*' }),
  create('with a JSON string as the body', undefined, 400, { raw: '"Sweep Sports"', field: '*' }),
  create('with malformed JSON', undefined, 400, { raw: '{"name": "Sweep", ' }),
  create('with a body over 1 MiB', undefined, 413, { raw: OVER_ONE_MIB }),
  create('anonymously, with a bad body (auth comes first)', firm({ sectors: 'textiles' }), 401, {
    caller: 'anonymous',
  }),
];

// ---- PATCH /api/companies/:id -----------------------------------------------------------------

const patch = (what: string, body: unknown, status: number, options: Options = {}) =>
  bad('PATCH', FIRM_A, what, body, status, { caller: 'owner of firm A', ...options });

const PATCH_CASES: BadRequest[] = [
  ...(
    [
      'name',
      'country',
      'city',
      'sectors',
      'offersHs',
      'seeksHs',
      'partnershipTypes',
      'sizeBand',
      'languages',
      'description',
    ] as const
  ).map((field) => patch(`with ${field}: null`, { [field]: null }, 400, { field })),
  patch('with a 201-character name', { name: chars(201) }, 400, { field: 'name' }),
  patch('with a 4001-character description', { description: chars(4001) }, 400, {
    field: 'description',
  }),
  patch('with a NUL character in description', { description: 'Balls\u0000and gloves' }, 400, {
    field: 'description',
  }),
  patch('with a NUL character in a certification', { certifications: ['ISO\u00009001'] }, 400, {
    field: 'certifications',
  }),
  patch('with a 101-character city', { city: chars(101) }, 400, { field: 'city' }),
  patch(
    'with 6 sectors',
    { sectors: ['textiles', 'leather', 'food', 'sports_goods', 'chemicals', 'energy'] },
    400,
    { field: 'sectors' },
  ),
  patch('with an unknown sought HS chapter', { seeksHs: ['00'] }, 400, { field: 'seeksHs' }),
  patch('with languages as an object', { languages: { en: true } }, 400, { field: 'languages' }),
  patch('with foundedYear "1999" (a string)', { foundedYear: '1999' }, 400, {
    field: 'foundedYear',
  }),
  patch('with a website that is no address', { website: 'www example' }, 400, {
    field: 'website',
  }),
  patch('with an unknown field (verification: verified)', { verification: 'verified' }, 400, {
    field: 'verification',
  }),
  patch('with an unknown field (createdAt)', { createdAt: '2000-01-01T00:00:00Z' }, 400, {
    field: 'createdAt',
  }),
  patch('moving a PK firm with an NTN to AZ', { country: 'AZ' }, 400, {
    field: 'registrationNumber',
  }),
  patch('dropping joint_venture while jvSectors remain', { partnershipTypes: ['export'] }, 400, {
    field: 'jvSectors',
  }),
  patch('with a JSON array as the body', [{ name: 'Renamed Works' }], 400, { field: '*' }),
  patch('with a JSON string as the body', undefined, 400, { raw: '"Renamed"', field: '*' }),
  patch('with malformed JSON', undefined, 400, { raw: '{"name": ' }),
  patch('with a body over 1 MiB', undefined, 413, { raw: OVER_ONE_MIB }),
  bad('PATCH', '/api/companies/not-a-uuid', 'for a non-UUID id', { city: 'Lahore' }, 400, {
    caller: 'staff',
    field: 'id',
  }),
  bad('PATCH', '/api/companies/12345', 'for a numeric id', { city: 'Lahore' }, 400, {
    caller: 'staff',
    field: 'id',
  }),
  bad('PATCH', `/api/companies/${UNKNOWN_ID}`, 'for an unknown id', { city: 'Lahore' }, 404, {
    caller: 'staff',
  }),
];

// ---- POST /api/companies/:id/verification -----------------------------------------------------

const verify = (what: string, body: unknown, status: number, options: Options = {}) =>
  bad('POST', `${FIRM_A}/verification`, what, body, status, { caller: 'staff', ...options });

const VERIFICATION_CASES: BadRequest[] = [
  verify('with an unknown status', { status: 'approved' }, 400, { field: 'status' }),
  verify('without a status', { note: 'Looks fine' }, 400, { field: 'status' }),
  verify('with status as a list', { status: ['verified'] }, 400, { field: 'status' }),
  verify('rejecting without a note', { status: 'rejected' }, 400, { field: 'note' }),
  verify('rejecting with a blank note', { status: 'rejected', note: '   ' }, 400, {
    field: 'note',
  }),
  verify('with a 1001-character note', { status: 'verified', note: chars(1001) }, 400, {
    field: 'note',
  }),
  verify(
    'rejecting with a NUL character in the note',
    { status: 'rejected', note: 'No\u0000NTN' },
    400,
    {
      field: 'note',
    },
  ),
  verify('with note as a number', { status: 'verified', note: 7 }, 400, { field: 'note' }),
  verify('with an unknown field', { status: 'verified', verifiedAt: '2020-01-01' }, 400, {
    field: 'verifiedAt',
  }),
  verify('with JSON null as the body', undefined, 400, { raw: 'null', field: '*' }),
  verify('with a JSON array as the body', [{ status: 'verified' }], 400, { field: '*' }),
  verify('with malformed JSON', undefined, 400, { raw: '{"status": "verified"' }),
  bad(
    'POST',
    '/api/companies/not-a-uuid/verification',
    'for a non-UUID id',
    { status: 'verified' },
    400,
    {
      caller: 'staff',
      field: 'id',
    },
  ),
  bad(
    'POST',
    `/api/companies/${UNKNOWN_ID}/verification`,
    'for an unknown id',
    { status: 'verified' },
    404,
    { caller: 'staff' },
  ),
];

// ---- GET /api/companies and /api/companies/:id ------------------------------------------------

const list = (query: string, status: number, options: Options = {}) =>
  bad('GET', `/api/companies?${query}`, '', undefined, status, options);
/** A cursor made of `value`; the test name shows the value rather than its base64url. */
const cursorCase = (prefix: string, value: unknown, status: number, options: Options = {}) =>
  list(`${prefix}cursor=${base64url(value)}`, status, {
    shown: `/api/companies?${prefix}cursor=base64url(${JSON.stringify(value)})`,
    ...options,
  });

const QUERY_CASES: BadRequest[] = [
  list('sector=rocketry', 400, { field: 'sector' }),
  list('sector=textiles,rocketry', 400, { field: 'sector' }),
  list(`sector=${Array.from({ length: 21 }, () => 'textiles').join(',')}`, 400, {
    field: 'sector',
    shown: '/api/companies?sector=textiles,… (21 codes)',
  }),
  list('hs=98', 400, { field: 'hs' }),
  list('hs=abc', 400, { field: 'hs' }),
  list('partnershipType=franchise', 400, { field: 'partnershipType' }),
  list('country=IN', 400, { field: 'country' }),
  list('country=PK&country=AZ', 400, { field: 'country' }),
  list('limit=0', 400, { field: 'limit' }),
  list('limit=101', 400, { field: 'limit' }),
  list('limit=abc', 400, { field: 'limit' }),
  list('limit=1.5', 400, { field: 'limit' }),
  list('limit=-1', 400, { field: 'limit' }),
  list('verified=maybe', 400, { field: 'verified' }),
  list('verified=1', 400, { field: 'verified' }),
  list(`q=${chars(201, 'a')}`, 400, {
    field: 'q',
    shown: '/api/companies?q=aaa… (201 characters)',
  }),
  list('unknownField=1', 400, { field: 'unknownField' }),
  list('cursor=%25%25%25not-a-cursor', 400, { field: 'cursor' }),
  cursorCase('', { page: 2 }, 400, { field: 'cursor' }),
  cursorCase('', ['at', 'id'], 400, { field: 'cursor' }),
  list(`cursor=${chars(501, 'A')}`, 400, {
    field: 'cursor',
    shown: '/api/companies?cursor=AAA… (501 characters)',
  }),
  // Cursors of the right shape whose values Postgres cannot cast.
  cursorCase('', { at: 'not-a-date', id: UNKNOWN_ID }, 400, { field: 'cursor' }),
  cursorCase('', { at: '2020-01-01T00:00:00.000Z', id: 'not-a-uuid' }, 400, {
    field: 'cursor',
  }),
  cursorCase('q=sports&', { rank: 'high', id: UNKNOWN_ID }, 400, { field: 'cursor' }),
  cursorCase('q=sports&', { rank: '1e99', id: UNKNOWN_ID }, 400, { field: 'cursor' }),
  cursorCase('q=sports&', { rank: '0.5', id: 'not-a-uuid' }, 400, { field: 'cursor' }),
  bad('GET', '/api/companies/not-a-uuid', '', undefined, 400, { field: 'id' }),
  bad('GET', `/api/companies/${UNKNOWN_ID}`, '', undefined, 404),
];

// ---- the sweep --------------------------------------------------------------------------------

interface Snapshot {
  users: number;
  companies: number;
  refreshTokens: number;
  usersMd5: string | null;
  companiesMd5: string | null;
  refreshTokensMd5: string | null;
}

async function snapshot(db: DataSource): Promise<Snapshot> {
  const [row] = await db.query<Snapshot[]>(`
    SELECT (SELECT count(*)::int FROM users) AS users,
           (SELECT count(*)::int FROM companies) AS companies,
           (SELECT count(*)::int FROM refresh_tokens) AS "refreshTokens",
           (SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM users u) AS "usersMd5",
           (SELECT md5(string_agg(c::text, '|' ORDER BY id)) FROM companies c) AS "companiesMd5",
           (SELECT md5(string_agg(r::text, '|' ORDER BY id)) FROM refresh_tokens r)
             AS "refreshTokensMd5"`);
  return row;
}

describe('malformed input', () => {
  let t: TestApp;
  let owner: Member;
  let memberWithoutCompany: string;
  let staff: string;
  let baseline: Snapshot;

  beforeAll(async () => {
    t = await createIsolatedTestApp();
    owner = await createMember(t.http, 'PK');
    memberWithoutCompany = (await registerUser(t.http)).accessToken;
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    baseline = await snapshot(t.db);
  });
  afterAll(() => t.close());

  function tokenOf(caller: Caller): string | null {
    switch (caller) {
      case 'anonymous':
        return null;
      case 'owner of firm A':
        return owner.token;
      case 'member without a company':
        return memberWithoutCompany;
      case 'staff':
        return staff;
    }
  }

  async function send(http: TestAgent, request: BadRequest): Promise<HttpAnswer> {
    const path = request.path.replace(':firmA', owner.company.id);
    const method = request.method === 'GET' ? 'get' : request.method === 'POST' ? 'post' : 'patch';
    let call = http[method](path);
    const token = tokenOf(request.caller);
    if (token) {
      call = call.set(bearer(token));
    }
    if (request.raw !== undefined) {
      call = call.set('Content-Type', request.contentType ?? 'application/json').send(request.raw);
    } else if (request.body !== undefined) {
      call = call.send(request.body as object);
    }
    const response = await call;
    return { status: response.status, body: response.body as unknown };
  }

  it('starts from a database holding only the fixtures', () => {
    expect(baseline).toMatchObject({ users: 3, companies: 1, refreshTokens: 3 });
  });

  describe.each([
    ['POST /api/auth/register', REGISTER_CASES],
    ['POST /api/auth/login', LOGIN_CASES],
    ['POST /api/auth/refresh and /api/auth/logout', TOKEN_CASES],
    ['POST /api/companies', CREATE_CASES],
    ['PATCH /api/companies/:id', PATCH_CASES],
    ['POST /api/companies/:id/verification', VERIFICATION_CASES],
    ['GET /api/companies', QUERY_CASES],
  ])('%s', (_group, cases) => {
    it.each(cases)('$title', async (request) => {
      const answer = await send(t.http, request);
      if (request.field === '*') {
        const message = expectApiError(answer, request.status);
        expect(Array.isArray(message)).toBe(true);
      } else if (request.field) {
        expectFieldError(answer, request.field, request.status);
      } else {
        expectApiError(answer, request.status);
      }
      expect(await snapshot(t.db)).toEqual(baseline);
    });
  });

  it('still works for the fixtures afterwards (the sweep did not break the accounts)', async () => {
    const me = await t.http.get('/api/auth/me').set(bearer(owner.token)).expect(200);
    expect(me.body).toMatchObject({ companyId: owner.company.id });
    // As its own member: a pending firm is seen by no one else (issue 15).
    const profile = await t.http
      .get(`/api/companies/${owner.company.id}`)
      .set(bearer(owner.token))
      .expect(200);
    expect(profile.body).toMatchObject({
      name: owner.company.name,
      verification: 'pending',
      description: owner.company.description,
    });
  });
});
