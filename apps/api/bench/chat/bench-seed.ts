import type { DataSource } from 'typeorm';
import type { TokensService } from '../../src/modules/auth/tokens.service';
import { firmsPairKey } from '../../src/modules/chat/conversations/conversations.service';
import type { BenchSession } from './bench-protocol';

/**
 * `clients` firms with one member each, paired (0–1, 2–3, …) into conversations, as an accepted
 * contact request would leave them; then a real access token per member. Written straight to the
 * tables: the bench measures messaging, and argon2-hashing 500 passwords would take a minute.
 */
export async function seedPairs(
  db: DataSource,
  tokens: TokensService,
  clients: number,
): Promise<BenchSession[]> {
  const companies = await db.query<{ id: string; n: number }[]>(
    `INSERT INTO companies (name, country, city, sectors, partnership_types, size_band, languages)
     SELECT 'Bench firm ' || n, CASE WHEN n % 2 = 0 THEN 'PK' ELSE 'AZ' END, 'Bench',
       '{textiles}', '{export}', 'small', '{en}'
     FROM generate_series(0, $1 - 1) AS n
     RETURNING id, substring(name FROM 12)::int AS n`,
    [clients],
  );
  const companyIds = companies.sort((a, b) => a.n - b.n).map((company) => company.id);
  const users = await db.query<{ id: string; company_id: string }[]>(
    `INSERT INTO users (email, password_hash, full_name, role, company_id)
     SELECT 'bench-' || gen_random_uuid() || '@bench.invalid', 'no-password: bench only', 'Bench user',
       'member', company_id
     FROM unnest($1::uuid[]) AS company_id
     RETURNING id, company_id`,
    [companyIds],
  );
  const userByCompany = new Map(users.map((user) => [user.company_id, user.id]));

  const pairs = Array.from({ length: clients / 2 }, (_, k) => [
    companyIds[2 * k],
    companyIds[2 * k + 1],
  ]);
  const conversations = await db.query<{ id: string; pair_key: string }[]>(
    `INSERT INTO conversations (kind, pair_key)
     SELECT 'firms', pair_key FROM unnest($1::text[]) AS pair_key
     RETURNING id, pair_key`,
    [pairs.map(([a, b]) => firmsPairKey(a, b))],
  );
  const conversationByKey = new Map(conversations.map((row) => [row.pair_key, row.id]));
  const members = pairs.flatMap(([a, b]) => {
    const conversationId = conversationByKey.get(firmsPairKey(a, b)) ?? '';
    return [a, b].map((companyId) => ({ companyId, conversationId }));
  });
  await db.query(
    `INSERT INTO conversation_companies (conversation_id, company_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    [members.map((member) => member.conversationId), members.map((member) => member.companyId)],
  );

  const sessions: BenchSession[] = [];
  for (let start = 0; start < members.length; start += 50) {
    const batch = members.slice(start, start + 50);
    sessions.push(
      ...(await Promise.all(
        batch.map(async ({ companyId, conversationId }) => {
          const userId = userByCompany.get(companyId) ?? '';
          const { accessToken } = await tokens.issueForNewLogin({ id: userId, role: 'member' });
          return { token: accessToken, userId, conversationId };
        }),
      )),
    );
  }
  return sessions;
}
