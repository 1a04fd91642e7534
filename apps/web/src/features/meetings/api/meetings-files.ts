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

export function downloadMeetingFile(id: string, file: MeetingFile, companyId?: string) {
  const options = {
    params: { path: { id }, query: companyId ? { companyId } : {} },
    parseAs: 'blob' as const,
    headers: { Accept: ACCEPT[file] },
  };
  const calls = {
    'agenda.ics': () => api.GET('/api/delegations/{id}/agenda.ics', options),
    'agenda.pdf': () => api.GET('/api/delegations/{id}/agenda.pdf', options),
    'schedule.csv': () => api.GET('/api/delegations/{id}/schedule.csv', options),
    'grid.pdf': () => api.GET('/api/delegations/{id}/grid.pdf', options),
    'table-cards.pdf': () => api.GET('/api/delegations/{id}/table-cards.pdf', options),
  };
  return downloadFrom(calls[file](), `meetings-${id.slice(0, 8)}-${file}`);
}

export function useDownloadMeetingFile(id: string) {
  return useMutation({
    mutationFn: ({ file, companyId }: { file: MeetingFile; companyId?: string }) =>
      downloadMeetingFile(id, file, companyId),
  });
}
