import type { CompanyResponse, CompanySummary } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { publicVersion } from './company-review';
import type { CompanyEntity } from './company.entity';

/** Whether the viewer may see the firm's private fields (registration number, review note). */
export function canSeePrivateFields(company: { id: string }, viewer: AuthUser | null): boolean {
  return isStaff(viewer) || viewer?.companyId === company.id;
}

export function toCompanyResponse(entity: CompanyEntity, viewer: AuthUser | null): CompanyResponse {
  // Others see a firm under re-review as it was last verified (company-review.ts).
  const company = canSeePrivateFields(entity, viewer) ? entity : publicVersion(entity);
  const response: CompanyResponse = {
    id: company.id,
    name: company.name,
    country: company.country,
    city: company.city,
    sectors: company.sectors,
    offersHs: company.offersHs,
    seeksHs: company.seeksHs,
    partnershipTypes: company.partnershipTypes,
    jvSectors: company.jvSectors,
    sizeBand: company.sizeBand,
    foundedYear: company.foundedYear,
    languages: company.languages,
    website: company.website,
    description: company.description,
    certifications: company.certifications,
    verification: company.verification,
    createdAt: company.createdAt.toISOString(),
    updatedAt: company.updatedAt.toISOString(),
  };
  if (isStaff(viewer)) {
    response.isDemo = company.isDemo;
    response.suspension = entity.suspendedAt
      ? { at: entity.suspendedAt.toISOString(), reason: entity.suspensionReason ?? '' }
      : null;
  }
  if (canSeePrivateFields(company, viewer)) {
    response.registrationNumber = company.registrationNumber;
    response.verificationNote = company.verificationNote;
    // The decision record, not the viewer's version: the owner reads its own review outcome.
    const review = entity.lastReview;
    response.lastDecision = review
      ? { status: review.status, note: review.note, at: review.at }
      : null;
  }
  return response;
}

export function toCompanySummary(company: CompanyEntity): CompanySummary {
  const { id, name, country, city, sectors, sizeBand, verification } = company;
  return { id, name, country, city, sectors, sizeBand, verification };
}
