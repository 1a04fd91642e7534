import type { ErrorCode } from './error-codes';
import type {
  Country,
  LanguageCode,
  PartnershipType,
  Role,
  SectorCode,
  SizeBand,
  UiLocale,
  VerificationStatus,
} from './taxonomy';

/** A field-level validation error, as every 400 of the API reports them. */
export interface FieldError {
  field: string;
  messages: string[];
  /** Member import only: the cell as the file had it, so the message can quote it. */
  value?: string;
}

export interface ApiError {
  statusCode: number;
  error: string;
  message: string | FieldError[];
  code?: ErrorCode;
  /** `company_suspended` only: the reason chamber staff gave, shown on the sign-in error. */
  reason?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface UserResponse {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  companyId: string | null;
  /** The account's place in its firm (colleagues, issue 13); null without a firm. */
  companyRole?: CompanyRole | null;
  locale: UiLocale;
  /** Whether the address was confirmed by the link in the verification mail. */
  emailVerified: boolean;
}

/** An account of a firm is its one owner or a member (colleague). */
export type CompanyRole = 'owner' | 'member';

export interface AuthResponse {
  user: UserResponse;
  accessToken: string;
  refreshToken: string;
}

/** What a firm states about itself: the fields of a company profile that the firm fills in. */
export interface CompanyProfile {
  name: string;
  country: Country;
  city: string;
  registrationNumber: string | null;
  sectors: SectorCode[];
  offersHs: string[];
  seeksHs: string[];
  partnershipTypes: PartnershipType[];
  jvSectors: SectorCode[];
  sizeBand: SizeBand;
  foundedYear: number | null;
  languages: LanguageCode[];
  website: string | null;
  description: string;
  certifications: string[];
}

export interface VerificationDecision {
  status: Exclude<VerificationStatus, 'pending'>;
  note: string | null;
  at: string;
}

export interface CompanyResponse extends Omit<CompanyProfile, 'registrationNumber'> {
  id: string;
  /** Present only for the owner and staff. */
  registrationNumber?: string | null;
  verification: VerificationStatus;
  /** The note staff gave with the last verification decision; owner and staff only. */
  verificationNote?: string | null;
  /**
   * Staff's last decision (verified or rejected), its note and when; owner and staff only, null
   * before any decision. The firm's banner says "you are verified" or why it was declined, also
   * while an edit made after the decision waits for review.
   */
  lastDecision?: VerificationDecision | null;
  /** Staff only: written by the demo generator, not a real firm. */
  isDemo?: boolean;
  /** Staff only: the firm's suspension, null when it is not suspended (issue 18). */
  suspension?: CompanySuspension | null;
  createdAt: string;
  updatedAt: string;
}

/** Chamber staff took a firm off the platform for a while; its verification state is kept. */
export interface CompanySuspension {
  at: string;
  reason: string;
}

/** What other firms see of a company in lists (matches, conversations). */
export type CompanySummary = Pick<
  CompanyProfile,
  'name' | 'country' | 'city' | 'sectors' | 'sizeBand'
> &
  Pick<CompanyResponse, 'id' | 'verification'>;

export interface TaxonomyResponse {
  sectors: { code: SectorCode; name: string; isic: string[] }[];
  hsChapters: { code: string; name: string }[];
  partnershipTypes: PartnershipType[];
  sizeBands: { code: SizeBand; name: string }[];
  languages: { code: LanguageCode; name: string }[];
  countries: Country[];
}

/** GET /api/companies/counts: public figures for the landing page (rejected firms left out). */
export interface CompanyCountsResponse {
  total: number;
  byCountry: Record<Country, number>;
  bySectorAndCountry: { country: Country; sector: SectorCode; count: number }[];
}
