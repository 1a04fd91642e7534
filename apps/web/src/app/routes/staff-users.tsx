import { UsersPage } from '@/features/account/components/users-page';

export function StaffUsersRoute() {
  return <UsersPage />;
}
