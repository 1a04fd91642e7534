import type { CompanyProfile, CompanySummary } from '@jcc/contracts';

/**
 * The companies table as other read models may join it in SQL (matching candidates, stats): the
 * table name, one column list and one row mapper, all owned here. Nobody else writes the table.
 */
export const COMPANIES_TABLE = 'companies';

/**
 * A firm as ranking and lists need it: its summary plus what the matcher scores. The one profile
 * row type of the API (matching candidates, delegation pools and counterparts).
 */
export type CompanyProfileRow = CompanySummary &
  Pick<CompanyProfile, 'offersHs' | 'seeksHs' | 'partnershipTypes' | 'jvSectors' | 'languages'>;

/**
 * The select list of a CompanyProfileRow, from the companies table under `alias`, as other firms
 * see it: a verified firm under review of an edit (listed, pending, its last review `verified`:
 * VerifiedMarketplace migration) shows its last verified name and city, still as verified.
 */
export function companyProfileColumns(alias: string): string {
  const c = alias;
  const underReReview = `${c}.listed AND ${c}.verification = 'pending'`;
  const lastVerified = (field: string) =>
    `CASE WHEN ${underReReview} THEN coalesce(${c}.last_review->'profile'->>'${field}', ${c}.${field}) ELSE ${c}.${field} END`;
  return `${c}.id, ${lastVerified('name')} AS name, ${c}.country, ${lastVerified('city')} AS city,
  ${c}.sectors, ${c}.offers_hs AS "offersHs", ${c}.seeks_hs AS "seeksHs",
  ${c}.partnership_types AS "partnershipTypes", ${c}.jv_sectors AS "jvSectors",
  ${c}.size_band AS "sizeBand", ${c}.languages,
  CASE WHEN ${underReReview} THEN 'verified' ELSE ${c}.verification END AS verification`;
}

/** A row read with companyProfileColumns, without whatever else the query selected. */
export function toCompanyProfileRow(row: CompanyProfileRow): CompanyProfileRow {
  const { id, name, country, city, sectors, offersHs, seeksHs, partnershipTypes } = row;
  const { jvSectors, sizeBand, languages, verification } = row;
  return {
    id,
    name,
    country,
    city,
    sectors,
    offersHs,
    seeksHs,
    partnershipTypes,
    jvSectors,
    sizeBand,
    languages,
    verification,
  };
}
