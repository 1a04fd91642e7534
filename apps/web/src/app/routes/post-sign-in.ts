import type { UserResponse } from '@jcc/contracts';

/** Where a user goes after signing in: back where they were sent from, else by what they have. */
export function afterSignIn(user: UserResponse, next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//')) {
    return next;
  }
  if (user.role !== 'member') {
    return '/staff';
  }
  return user.companyId ? '/dashboard' : '/onboarding';
}
