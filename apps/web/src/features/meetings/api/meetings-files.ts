import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { downloadFrom } from '@/lib/download';

/** Files of a visit; the bearer token is needed, so each is fetched and then saved. */
export type MeetingFile =
  'agenda.ics' | 'agenda.pdf' | 'schedule.csv' | 'grid.pdf' | 'table-cards.pdf';

const ACCEPT: Record<MeetingFile, string> = {
  'agenda.ics': 'text/calendar',
  'agenda.pdf': 'application/pdf',
  'schedule.csv': 'text/csv',
  'grid.pdf': 'application/pdf',
  'table-cards.pdf': 'application/pdf',
};

type BlobCall = Parameters<typeof downloadFrom>[0];

export function downloadMeetingFile(id: string, file: MeetingFile, companyId?: string) {
  const base = { parseAs: 'blob' as const, headers: { Accept: ACCEPT[file] } };
  const params = { path: { id } };
  const agenda = { path: { id }, query: companyId ? { companyId } : {} };
  // openapi-fetch types these file answers as text; with parseAs 'blob' they come as a Blob.
  const calls: Record<MeetingFile, () => BlobCall> = {
    'agenda.ics': () =>
      api.GET('/api/delegations/{id}/agenda.ics', {
        ...base,
        params: agenda,
      }),
    'agenda.pdf': () =>
      api.GET('/api/delegations/{id}/agenda.pdf', {
        ...base,
        params: agenda,
      }),
    'schedule.csv': () => api.GET('/api/delegations/{id}/schedule.csv', { ...base, params }),
    'grid.pdf': () => api.GET('/api/delegations/{id}/grid.pdf', { ...base, params }),
    'table-cards.pdf': () => api.GET('/api/delegations/{id}/table-cards.pdf', { ...base, params }),
  };
  return downloadFrom(calls[file](), `meetings-${id.slice(0, 8)}-${file}`);
}

export function useDownloadMeetingFile(id: string) {
  return useMutation({
    mutationFn: ({ file, companyId }: { file: MeetingFile; companyId?: string }) =>
      downloadMeetingFile(id, file, companyId),
  });
}
