import { DirectoryPage } from '@/features/companies/components/directory-page';

export function DirectoryRoute() {
  return <DirectoryPage />;
}
