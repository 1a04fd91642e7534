import { ImportPage } from '@/features/imports/components/import-page';

export function StaffImportsRoute() {
  return <ImportPage />;
}
