import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { downloadFrom } from '@/lib/download';

/** GET /api/imports/template.csv — every column the import reads, with two example rows. */
export function downloadImportTemplate(): Promise<void> {
  return downloadFrom(
    api.GET('/api/imports/template.csv', { parseAs: 'blob', headers: { Accept: 'text/csv' } }),
    'member-import-template.csv',
  );
}

export function useDownloadImportTemplate() {
  return useMutation({ mutationFn: downloadImportTemplate });
}
