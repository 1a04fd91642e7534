import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { ImportedContact } from './rows/prepare-row';

/** One statement for imports at a time, across every API process (see ImportBatchWriter). */
const IMPORT_LOCK_KEY = 'jcc.member-import';

/**
 * The writes an import makes besides the firms themselves (CompaniesService writes those): the
 * lock that serialises imports and the chamber's contacts of new firms. Set-based (one statement
 * per batch, arrays zipped by unnest) because 20,000 rows must go in well under a minute.
 */
@Injectable()
export class MemberWritesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async lockImports(): Promise<void> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [IMPORT_LOCK_KEY]);
  }

  async insertContacts(
    contacts: readonly { companyId: string; contact: ImportedContact }[],
  ): Promise<void> {
    if (contacts.length === 0) {
      return;
    }
    await this.txHost.tx.query(
      `INSERT INTO chamber_contacts (company_id, contact_name, email, phone)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (company_id) DO NOTHING`,
      [
        contacts.map((entry) => entry.companyId),
        contacts.map((entry) => entry.contact.contactName),
        contacts.map((entry) => entry.contact.email),
        contacts.map((entry) => entry.contact.phone),
      ],
    );
  }

  /** The chamber's registered contacts of these firms (from imports), by firm id. */
  async registeredContacts(
    companyIds: readonly string[],
  ): Promise<Map<string, { email: string | null; contactName: string | null }>> {
    if (companyIds.length === 0) {
      return new Map();
    }
    const rows = await this.txHost.tx.query<
      { companyId: string; email: string | null; contactName: string | null }[]
    >(
      `SELECT company_id AS "companyId", email, contact_name AS "contactName"
       FROM chamber_contacts WHERE company_id = ANY($1::uuid[])`,
      [companyIds],
    );
    return new Map(rows.map(({ companyId, ...contact }) => [companyId, contact]));
  }
}
