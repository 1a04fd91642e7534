import type { CompanyRole, Role, UiLocale } from '@jcc/contracts';

/** Who is asking: the signed-in user as guards attach it to the request. */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  companyId: string | null;
  /** Owner or member of that firm (a firm has exactly one owner); null without a firm. */
  companyRole?: CompanyRole | null;
  locale: UiLocale;
  /** Set for HTTP requests (from the users row); absent where a caller builds a user by hand. */
  emailVerified?: boolean;
  /**
   * The login (refresh-token family) of the access token, set by the JWT strategy: a password
   * change keeps this one. Never part of a response.
   */
  familyId?: string;
}

export function isStaff(user: AuthUser | null | undefined): boolean {
  return user?.role === 'staff' || user?.role === 'admin';
}
