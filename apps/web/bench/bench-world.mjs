/* global crypto, fetch */
// What the web benchmark visits: two verified firms of the two countries (so that each sees the
// other among its matches) with a conversation of a few dozen messages, made through the API.
// Their members have confirmed their addresses, as every member of a verified firm has who
// signed up (the chamber reviews a firm only then): the page measured is a member's usual one,
// without the banner asking to confirm.
import { markEmailVerified } from '../e2e/lib/server.mjs';

const PASSWORD = 'bench-password-2026';
const DEMO_STAFF = { email: 'staff@demo.jcc', password: 'demo-password-2026' };

async function call(baseUrl, method, path, body, token) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} → ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

async function firm(baseUrl, country, name, offersHs, seeksHs) {
  const email = `bench-${country.toLowerCase()}-${Date.now()}@bench.test`;
  const auth = await call(baseUrl, 'POST', '/api/auth/register', {
    email,
    password: PASSWORD,
    fullName: `${name} Manager`,
    locale: 'en',
  });
  await markEmailVerified(email);
  const company = await call(
    baseUrl,
    'POST',
    '/api/companies',
    {
      name,
      country,
      city: country === 'AZ' ? 'Baku' : 'Faisalabad',
      sectors: ['textiles'],
      offersHs,
      seeksHs,
      partnershipTypes: ['import', 'distribution'],
      sizeBand: 'medium',
      languages: ['en', 'ru'],
      description: `${name} — a firm made by the web benchmark.`,
    },
    auth.accessToken,
  );
  return { email, token: auth.accessToken, company };
}

/** Returns a way to get a fresh refresh token for the member and the conversation's id. */
export async function createBenchWorld(baseUrl) {
  const pk = await firm(baseUrl, 'PK', 'Indus Bench Textiles', ['63'], ['52']);
  const az = await firm(baseUrl, 'AZ', 'Xəzər Bench Cotton', ['52'], ['63']);
  const staff = await call(baseUrl, 'POST', '/api/auth/login', DEMO_STAFF);
  for (const { company } of [pk, az]) {
    await call(
      baseUrl,
      'POST',
      `/api/companies/${company.id}/verification`,
      { status: 'verified', note: 'bench' },
      staff.accessToken,
    );
  }
  const request = await call(
    baseUrl,
    'POST',
    '/api/contact-requests',
    { toCompanyId: az.company.id, message: 'Salam! We make terry towels and seek your cotton.' },
    pk.token,
  );
  const { conversation } = await call(
    baseUrl,
    'POST',
    `/api/contact-requests/${request.id}/accept`,
    {},
    az.token,
  );
  for (let index = 1; index <= 40; index += 1) {
    const [author, token] = index % 2 ? ['PK', pk.token] : ['AZ', az.token];
    await call(
      baseUrl,
      'POST',
      `/api/conversations/${conversation.id}/messages`,
      {
        clientId: crypto.randomUUID(),
        body: `${author} message ${index}: prices, lead times and samples for the next order.`,
      },
      token,
    );
  }
  return {
    conversationId: conversation.id,
    memberRefreshToken: async () =>
      (await call(baseUrl, 'POST', '/api/auth/login', { email: pk.email, password: PASSWORD }))
        .refreshToken,
  };
}
