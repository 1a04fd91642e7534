import { hash } from '@node-rs/argon2';
import type { Pool } from 'pg';
import type { Country } from '@jcc/contracts';
import { PASSWORD_HASH_OPTIONS } from '@jcc/api/tooling';

/** Known on purpose: these accounts exist only in demo databases and are printed at the end. */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoAccount {
  email: string;
  role: 'member' | 'staff';
  company: string | null;
}

const MEMBER_ACCOUNTS: { email: string; fullName: string; country: Country; locale: string }[] = [
  { email: 'pk.member@demo.jcc', fullName: 'Ayesha Khan', country: 'PK', locale: 'en' },
  { email: 'az.member@demo.jcc', fullName: 'Leyla Məmmədova', country: 'AZ', locale: 'az' },
];

/**
 * A PK member, an AZ member (each running a verified firm of its country, textile firms where there
 * are some, so the demo shows the chamber's first priority sector) and a staff user.
 */
export async function createDemoAccounts(pool: Pool): Promise<DemoAccount[]> {
  const passwordHash = await hash(DEMO_PASSWORD, PASSWORD_HASH_OPTIONS);
  const accounts: DemoAccount[] = [];
  for (const member of MEMBER_ACCOUNTS) {
    const { rows } = await pool.query<{ id: string; name: string }>(
      `SELECT c.id, c.name FROM companies c
        WHERE c.country = $1 AND c.verification = 'verified'
          AND NOT EXISTS (SELECT 1 FROM users u WHERE u.company_id = c.id)
        ORDER BY ('textiles' = ANY(c.sectors)) DESC, c.created_at, c.id LIMIT 1`,
      [member.country],
    );
    const company = rows[0] ?? null;
    await pool.query(
      // Owner of its firm, address confirmed: the demo logins must be able to do everything a
      // member does from the first sign-in.
      `INSERT INTO users (email, password_hash, full_name, role, locale, company_id, company_role,
                          email_verified_at)
       VALUES ($1, $2, $3, 'member', $4, $5, CASE WHEN $5::uuid IS NULL THEN NULL ELSE 'owner' END,
               now())
       ON CONFLICT (lower(email)) DO NOTHING`,
      [member.email, passwordHash, member.fullName, member.locale, company?.id ?? null],
    );
    accounts.push({ email: member.email, role: 'member', company: company?.name ?? null });
  }
  await pool.query(
    `INSERT INTO users (email, password_hash, full_name, role, locale, email_verified_at)
     VALUES ('staff@demo.jcc', $1, 'Chamber Staff', 'staff', 'en', now())
     ON CONFLICT (lower(email)) DO NOTHING`,
    [passwordHash],
  );
  accounts.push({ email: 'staff@demo.jcc', role: 'staff', company: null });
  return accounts;
}

export function describeDemoAccounts(accounts: DemoAccount[]): string {
  const lines = accounts.map(
    (account) =>
      `  ${account.email.padEnd(22)} ${account.role.padEnd(7)} ${account.company ?? '(chamber staff)'}`,
  );
  return ['Demo logins (password: ' + DEMO_PASSWORD + '):', ...lines].join('\n');
}
