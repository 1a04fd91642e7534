import 'reflect-metadata';
import Fastify from 'fastify';
import { verify } from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import type { MatchProfile } from '@jcc/matching';
import { toPrefixTsQuery } from '../../src/modules/companies/search-query';
import { MatchCandidatesRepository } from '../../src/modules/matching/match-candidates.repository';
import { MatchFinder } from '../../src/modules/matching/match-finder';
import { BARE_SQL } from './bare-sql';

/**
 * Child process of bench:api: the yardstick. A bare Fastify server answering the benched reads
 * with the same SQL as the API (bare-sql.ts) on one pool of the same size (20), and for matches
 * the API's own read model (MatchFinder) — without Nest's guards, pipes, interceptors, DTO
 * validation, entity mapping or response schemas. Answers are the raw rows as JSON.
 */
const secret = process.env.JWT_SECRET ?? '';
const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  extra: { max: 20 },
});
const finder = new MatchFinder(new MatchCandidatesRepository(dataSource));
const app = Fastify();

type Row = Record<string, unknown>;
type Reply = { code(status: number): { send(body: unknown): unknown } };

app.get<{ Querystring: { q?: string; country?: string } }>('/api/companies', async (request) => {
  const tsQuery = request.query.q ? toPrefixTsQuery(request.query.q) : undefined;
  const rows: Row[] = tsQuery
    ? await dataSource.query(BARE_SQL.directorySearch, [tsQuery])
    : await dataSource.query(BARE_SQL.directory, [request.query.country ?? 'AZ']);
  return { items: rows.slice(0, 20), nextCursor: rows.length > 20 ? 'more' : null };
});

app.get<{ Params: { id: string } }>('/api/companies/:id', async (request, reply: Reply) => {
  const rows: Row[] = await dataSource.query(BARE_SQL.companyById, [request.params.id]);
  return rows[0] ?? reply.code(404).send({ error: 'not found' });
});

app.get('/api/matches', async (request, reply: Reply) => {
  const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
  let payload: { sub?: string; fam?: string };
  try {
    payload = verify(token, secret, { algorithms: ['HS256'] }) as typeof payload;
  } catch {
    return reply.code(401).send({ error: 'unauthorized' });
  }
  const [users, live] = await Promise.all([
    dataSource.query<Row[]>(BARE_SQL.userById, [payload.sub]),
    dataSource.query<Row[]>(BARE_SQL.loginLive, [payload.fam]),
  ]);
  const companyId = users[0]?.UserEntity_company_id;
  if (live.length === 0 || typeof companyId !== 'string') {
    return reply.code(401).send({ error: 'unauthorized' });
  }
  const [company]: Row[] = await dataSource.query(BARE_SQL.companyById, [companyId]);
  const field = (name: string) => company[`CompanyEntity_${name}`];
  const viewer = {
    id: field('id'),
    country: field('country'),
    sectors: field('sectors'),
    offersHs: field('offers_hs'),
    seeksHs: field('seeks_hs'),
    partnershipTypes: field('partnership_types'),
    jvSectors: field('jv_sectors'),
    sizeBand: field('size_band'),
    languages: field('languages'),
    verification: field('verification'),
  } as MatchProfile;
  return finder.page(viewer, {});
});

dataSource.initialize().then(
  async () => {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    process.send?.({ url });
  },
  (error: unknown) => {
    process.send?.({ error: String(error) });
    process.exit(1);
  },
);

const stop = () => {
  void app
    .close()
    .then(() => dataSource.destroy())
    .finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
