import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type ImportEncoding = NonNullable<
  paths['/api/imports']['post']['parameters']['query']['encoding']
>;

export interface StartImportInput {
  file: File;
  dryRun: boolean;
  encoding: ImportEncoding;
}

/**
 * POST /api/imports?dryRun= — uploads a member list (multipart field `file`) and queues the job
 * (202 `{ id }`). A wrong type, encoding or header is a 400 on `file`; over 50 MB a 413.
 */
export function startImport({ file, dryRun, encoding }: StartImportInput): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/imports', {
      params: { query: { dryRun, ...(encoding === 'auto' ? {} : { encoding }) } },
      // openapi-fetch sends FormData as it is (the browser sets the multipart boundary).
      body: form as unknown as { file: string },
    }),
  );
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] }),
  });
}
