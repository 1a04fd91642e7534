import type { CompanyProfile, VerificationStatus } from '@jcc/contracts';

/** One row of `companies` in camelCase, without the id, the owner and the generated `search`. */
export interface SeedCompany extends CompanyProfile {
  verification: VerificationStatus;
  verificationNote: string | null;
  verifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
