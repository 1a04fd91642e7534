import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { bearer, createMember, createUserWithRole } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Property-based fuzzing of every route of the OpenAPI document: random JSON bodies and random
 * query strings (fast-check), sent by a member and by staff. Whatever arrives, the answer is never
 * a 5xx. Bounded: RUNS cases per route and caller. Part of `npm run test:faults`.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);

const queryValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  fc.constantFrom('', '-1', '1e309', 'NaN', '0001-01-01', '9999-12-31', '%00', '[]', '{}'),
);

describe('fuzzing every OpenAPI route', () => {
  let t: TestApp;
  let routes: { method: string; path: string; query: string[] }[];
  const tokens: string[] = [];
  const figures = { requests: 0, byStatus: {} as Record<number, number> };

  beforeAll(async () => {
    t = await createTestApp();
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method,
        path,
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      })),
    );
    tokens.push((await createMember(t.http, 'PK')).token);
    tokens.push((await createUserWithRole(t.http, t.db, 'staff')).accessToken);
  });
  afterAll(async () => {
    process.stdout.write(
      `\nfuzz: ${figures.requests} requests over ${routes.length} routes, statuses ${JSON.stringify(figures.byStatus)}\n`,
    );
    await t?.close();
  });

  it('no body or query string makes any route answer 5xx', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.path === '/api/auth/logout') {
        continue; // would end the session used by the rest of the run
      }
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...tokens),
          fc.anything({ maxDepth: 3 }),
          fc.dictionary(fc.constantFrom(...route.query, 'extra'), queryValue, { maxKeys: 4 }),
          async (token, body, query) => {
            const path = route.path.replace(/\{[^}]+\}/g, () => randomUUID());
            const search = new URLSearchParams(query).toString();
            const url = search ? `${path}?${search}` : path;
            const method = route.method as 'get' | 'post' | 'patch' | 'delete';
            const call = t.http[method](url).set(bearer(token));
            const response =
              method === 'get'
                ? await call
                : await call.send(JSON.stringify(body) ?? 'null').type('json');
            figures.requests += 1;
            figures.byStatus[response.status] = (figures.byStatus[response.status] ?? 0) + 1;
            if (response.status >= 500) {
              failures.push(
                `${route.method.toUpperCase()} ${url} ${JSON.stringify(body)?.slice(0, 200)} → ${response.status}`,
              );
            }
          },
        ),
        { numRuns: RUNS },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
