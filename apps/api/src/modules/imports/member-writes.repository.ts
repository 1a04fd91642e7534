import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { CompanyReviewRecord } from '../companies/company-review';
import type { ImportedContact, ImportedFirm } from './rows/prepare-row';

export interface ExistingMatch {
  companyId: string;
  matchedBy: 'registrationNumber' | 'nameAndCity';
}

/** One statement for imports at a time, across every API process (see ImportBatchWriter). */
const IMPORT_LOCK_KEY = 'jcc.member-import';

/** `{"a","b"}`: every element quoted, so commas, braces and spaces survive. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * The writes an import makes to firms and their chamber contacts. They are set-based (one
 * statement per batch, arrays zipped by unnest) because 20,000 rows must go in well under a
 * minute; the rules a firm must satisfy were checked row by row before (prepare-row.ts).
 */
@Injectable()
export class MemberWritesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async lockImports(): Promise<void> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [IMPORT_LOCK_KEY]);
  }

  /**
   * For each firm, the existing firm it is: same registration number in the same country, or
   * the same name and city (case-insensitive) where one side has no registration number.
   */
  async findExisting(firms: readonly ImportedFirm[]): Promise<(ExistingMatch | null)[]> {
    if (firms.length === 0) {
      return [];
    }
    const rows = await this.txHost.tx.query<
      { i: number; id: string; matched_by: ExistingMatch['matchedBy'] }[]
    >(
      `WITH k AS (
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS k(i, country, reg, name, city)
       ), found AS (
         SELECT k.i, c.id, 'registrationNumber' AS matched_by, 0 AS priority, c.created_at
         FROM k JOIN companies c ON c.country = k.country AND c.registration_number = k.reg
         WHERE k.reg IS NOT NULL
         UNION ALL
         SELECT k.i, c.id, 'nameAndCity', 1, c.created_at
         FROM k JOIN companies c
           ON c.country = k.country AND lower(c.name) = lower(k.name) AND lower(c.city) = lower(k.city)
         WHERE k.reg IS NULL OR c.registration_number IS NULL
       )
       SELECT DISTINCT ON (i) i, id, matched_by FROM found ORDER BY i, priority, created_at, id`,
      [
        firms.map((_firm, index) => index),
        firms.map((firm) => firm.country),
        firms.map((firm) => firm.registrationNumber),
        firms.map((firm) => firm.name),
        firms.map((firm) => firm.city),
      ],
    );
    const matches: (ExistingMatch | null)[] = firms.map(() => null);
    for (const row of rows) {
      matches[row.i] = { companyId: row.id, matchedBy: row.matched_by };
    }
    return matches;
  }

  /**
   * Inserts verified firms (the chamber's own members) and returns their ids in order. The ids
   * are made here, so that no reliance on the order of RETURNING is needed.
   */
  async insertFirms(
    firms: readonly ImportedFirm[],
    review: (firm: ImportedFirm) => CompanyReviewRecord,
  ): Promise<string[]> {
    if (firms.length === 0) {
      return [];
    }
    const ids = firms.map(() => randomUUID());
    const list = (pick: (firm: ImportedFirm) => readonly string[]) =>
      firms.map((firm) => arrayLiteral(pick(firm)));
    await this.txHost.tx.query(
      `INSERT INTO companies (id, name, country, city, registration_number, sectors, offers_hs, seeks_hs,
         partnership_types, jv_sectors, size_band, founded_year, languages, website, description,
         certifications, verification, verified_at, last_review)
       SELECT id, name, country, city, reg, sectors::text[], offers::text[], seeks::text[], types::text[],
         jv::text[], size, founded, languages::text[], website, description, certifications::text[],
         'verified', now(), review::jsonb
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::text[],
         $15::text[], $16::text[], $17::text[])
         AS t(id, name, country, city, reg, sectors, offers, seeks, types, jv, size, founded, languages,
           website, description, certifications, review)`,
      [
        ids,
        firms.map((firm) => firm.name),
        firms.map((firm) => firm.country),
        firms.map((firm) => firm.city),
        firms.map((firm) => firm.registrationNumber),
        list((firm) => firm.sectors),
        list((firm) => firm.offersHs),
        list((firm) => firm.seeksHs),
        list((firm) => firm.partnershipTypes),
        list((firm) => firm.jvSectors),
        firms.map((firm) => firm.sizeBand),
        firms.map((firm) => firm.foundedYear),
        list((firm) => firm.languages),
        firms.map((firm) => firm.website),
        firms.map((firm) => firm.description),
        list((firm) => firm.certifications),
        firms.map((firm) => JSON.stringify(review(firm))),
      ],
    );
    return ids;
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
}
