import { hash } from '@node-rs/argon2';
import type { Pool } from 'pg';
import { PASSWORD_HASH_OPTIONS } from '@jcc/api/tooling';
import { DEMO_PASSWORD } from './demo-accounts';

/** The owner login of a demo firm that is not one of the printed demo accounts. */
export interface DemoPartner {
  email: string;
  companyId: string;
}

/**
 * Gives each of these firms an owner, so that the demo members have partners who answer their
 * requests, write to them and ask them first. Addresses are confirmed: they stand for firms that
 * have used the platform for a while.
 */
export async function createDemoPartners(
  pool: Pool,
  companyIds: string[],
): Promise<Map<string, DemoPartner>> {
  const passwordHash = await hash(DEMO_PASSWORD, PASSWORD_HASH_OPTIONS);
  const partners = new Map<string, DemoPartner>();
  for (const [index, companyId] of companyIds.entries()) {
    const email = `partner${index + 1}@demo.jcc`;
    const inserted = await pool.query(
      `INSERT INTO users (email, password_hash, full_name, role, locale, company_id, company_role,
                          email_verified_at)
       SELECT $1, $2, 'Demo partner ' || c.name, 'member',
              CASE c.country WHEN 'AZ' THEN 'az' ELSE 'en' END, c.id, 'owner', now()
         FROM companies c
        WHERE c.id = $3 AND NOT EXISTS (SELECT 1 FROM users u WHERE u.company_id = c.id)
       ON CONFLICT (lower(email)) DO NOTHING
       RETURNING id`,
      [email, passwordHash, companyId],
    );
    if (inserted.rowCount === 1) {
      partners.set(companyId, { email, companyId });
    }
  }
  return partners;
}
