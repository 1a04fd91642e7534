import { plainToInstance } from 'class-transformer';
import { isEmail, validate } from 'class-validator';
import { COUNTRIES, type CompanyProfile, type FieldError, type ImportColumn } from '@jcc/contracts';
import { toFieldErrors } from '../../../common/errors/validation-errors';
import { companyRuleErrors } from '../../companies/company-rules';
import { CreateCompanyDto } from '../../companies/dto/create-company.dto';
import type { TableRow } from '../parsing/table';
import { cellText, splitList, toCodes, toCountry, type CodeKind } from './cell-values';

/** A row's firm, as the companies table takes it. */
export type ImportedFirm = CompanyProfile;

export interface ImportedContact {
  contactName: string | null;
  email: string | null;
  phone: string | null;
}

export type PreparedRow =
  | { number: number; ok: true; firm: ImportedFirm; contact: ImportedContact | null }
  | { number: number; ok: false; name: string | null; errors: FieldError[] };

const CODE_COLUMNS: Partial<Record<ImportColumn, CodeKind>> = {
  sectors: 'sector',
  jvSectors: 'sector',
  languages: 'language',
  partnershipTypes: 'partnershipType',
  offersHs: 'hs',
  seeksHs: 'hs',
};
const UNKNOWN_HINT: Record<CodeKind, string> = {
  sector: 'use sector codes or names from GET /api/taxonomy',
  language: 'use ISO 639-1 codes such as en, ur, az, ru',
  partnershipType: 'use partnership types from GET /api/taxonomy',
  hs: 'use HS chapters 01–97',
};
const PHONE = /^\+?[\d\s().-]{5,30}$/;

/**
 * Turns one data row into a firm, with the same validation (and the same messages) as
 * POST /api/companies, or into the list of everything wrong with it.
 */
export async function prepareRow(
  row: TableRow,
  columns: readonly (ImportColumn | null)[],
): Promise<PreparedRow> {
  const errors: FieldError[] = [];
  const text: Partial<Record<ImportColumn, string>> = {};
  columns.forEach((column, index) => {
    if (!column) {
      return;
    }
    const result = cellText(column, row.cells[index]);
    if ('error' in result) {
      errors.push(result.error);
    } else {
      text[column] = result.text;
    }
  });
  const input: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(text) as [ImportColumn, string][]) {
    const kind = CODE_COLUMNS[column];
    if (kind) {
      const { codes, unknown } = toCodes(kind, splitList(value));
      if (unknown.length > 0) {
        errors.push({
          field: column,
          messages: [`${column} has unknown values: ${unknown.join(', ')}; ${UNKNOWN_HINT[kind]}`],
        });
      }
      input[column] = codes;
    } else if (column === 'certifications') {
      input[column] = splitList(value);
    } else if (column === 'country') {
      input[column] = toCountry(value);
    } else if (column === 'foundedYear') {
      input[column] = value === '' ? null : /^\d{4}$/.test(value) ? Number(value) : value;
    } else if (column === 'sizeBand') {
      input[column] = value.toLowerCase();
    } else if (!column.startsWith('contact')) {
      input[column] = value === '' && column !== 'name' && column !== 'city' ? undefined : value;
    }
  }
  input.offersHs ??= [];
  input.seeksHs ??= [];
  const contact = readContact(text, errors);
  const dto = plainToInstance(CreateCompanyDto, input);
  const reported = new Set(errors.map((error) => error.field));
  const validation = toFieldErrors(
    await validate(dto, { whitelist: true, forbidNonWhitelisted: true }),
  );
  // A field already reported by the conversion above says it better than the validator would.
  errors.push(...validation.filter((error) => !reported.has(error.field)));
  if (COUNTRIES.includes(dto.country) && Array.isArray(dto.partnershipTypes)) {
    const known = new Set(errors.map((error) => error.field));
    errors.push(...companyRuleErrors(dto.country, dto).filter((error) => !known.has(error.field)));
  }
  if (errors.length > 0) {
    // Each problem quotes the cell it is about ("country: IN"), so staff see what to correct.
    const quoted = errors.map((error) => {
      const value = text[error.field as ImportColumn];
      return value ? { ...error, value } : error;
    });
    return { number: row.number, ok: false, name: text.name || null, errors: quoted };
  }
  return { number: row.number, ok: true, firm: toFirm(dto), contact };
}

function readContact(
  text: Partial<Record<ImportColumn, string>>,
  errors: FieldError[],
): ImportedContact | null {
  const contactName = text.contactName || null;
  const email = text.contactEmail || null;
  const phone = text.contactPhone || null;
  if (contactName && contactName.length > 200) {
    errors.push({ field: 'contactName', messages: ['contactName must be at most 200 characters'] });
  }
  if (email && !isEmail(email)) {
    errors.push({ field: 'contactEmail', messages: ['contactEmail must be an e-mail address'] });
  }
  if (phone && !PHONE.test(phone)) {
    errors.push({
      field: 'contactPhone',
      messages: ['contactPhone must be a phone number, e.g. +994 12 555 55 55'],
    });
  }
  return contactName || email || phone ? { contactName, email, phone } : null;
}

function toFirm(dto: CreateCompanyDto): ImportedFirm {
  return {
    name: dto.name,
    country: dto.country,
    city: dto.city,
    registrationNumber: dto.registrationNumber || null,
    sectors: dto.sectors,
    offersHs: dto.offersHs,
    seeksHs: dto.seeksHs,
    partnershipTypes: dto.partnershipTypes,
    jvSectors: dto.jvSectors ?? [],
    sizeBand: dto.sizeBand,
    foundedYear: dto.foundedYear ?? null,
    languages: dto.languages,
    website: dto.website ?? null,
    description: dto.description ?? '',
    certifications: dto.certifications ?? [],
  };
}
