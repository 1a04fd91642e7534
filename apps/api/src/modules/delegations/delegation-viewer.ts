import type { Country } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import type { CompaniesService } from '../companies/companies.service';

/**
 * Whose eyes a delegation is seen through: staff see everything; a member sees through its firm
 * (its country decides which delegations it may apply to); a member without a firm sees none.
 */
export type DelegationViewer =
  { kind: 'staff' } | { kind: 'firm'; companyId: string; country: Country } | { kind: 'nobody' };

export async function delegationViewer(
  user: AuthUser,
  companies: CompaniesService,
): Promise<DelegationViewer> {
  if (isStaff(user)) {
    return { kind: 'staff' };
  }
  if (!user.companyId) {
    return { kind: 'nobody' };
  }
  const company = await companies.get(user.companyId, user);
  return { kind: 'firm', companyId: company.id, country: company.country };
}
