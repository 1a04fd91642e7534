import type {
  DelegationResponse,
  HostCandidate,
  IncomingDelegation,
  MeetingHostResponse,
  MeetingRequestResponse,
  MeetingStatsResponse,
  ProgrammeResponse,
} from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { withOfflineCopy } from '@/lib/offline-copy';

/**
 * What a firm reads at the event (its visits, the programme, its requests and agenda) is kept
 * for the signed-in user and read from that copy when the hall has no connection; the page says
 * so with an OfflineNotice over `offlineCopies(id)`.
 */
const INCOMING_COPY = 'meetings.incoming';

export const offlineCopies = (id?: string) =>
  id
    ? [
        INCOMING_COPY,
        `meetings.${id}.delegation`,
        `meetings.${id}.programme`,
        `meetings.${id}.requests`,
        `meetings.${id}.hosts`,
        `meetings.${id}.schedule`,
      ]
    : [INCOMING_COPY];

/** Every meetings query key starts with ['meetings', delegationId?]: one invalidation refreshes a visit. */
export const meetingKeys = {
  all: ['meetings'] as const,
  incoming: ['meetings', 'incoming'] as const,
  visit: (id: string) => ['meetings', id] as const,
  programme: (id: string) => ['meetings', id, 'programme'] as const,
  hosts: (id: string) => ['meetings', id, 'hosts'] as const,
  candidates: (id: string) => ['meetings', id, 'candidates'] as const,
  requests: (id: string) => ['meetings', id, 'requests'] as const,
  schedule: (id: string) => ['meetings', id, 'schedule'] as const,
  unavailability: (id: string) => ['meetings', id, 'unavailability'] as const,
  stats: (id: string) => ['meetings', id, 'stats'] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

/** GET /api/meetings/incoming-delegations — visits coming to the firm's country. */
export function useIncomingDelegations() {
  return useQuery({
    queryKey: meetingKeys.incoming,
    queryFn: ({ signal }) =>
      withOfflineCopy(INCOMING_COPY, () =>
        unwrap<IncomingDelegation[]>(api.GET('/api/meetings/incoming-delegations', { signal })),
      ),
  });
}

/** GET /api/delegations/:id/programme — null while staff have not set one (404). */
export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.programme(id),
    queryFn: ({ signal }) =>
      withOfflineCopy(`meetings.${id}.programme`, async () => {
        try {
          return await unwrap<ProgrammeResponse>(
            api.GET('/api/delegations/{id}/programme', { ...path(id), signal }),
          );
        } catch (error) {
          if (isApiError(error, 404)) {
            return null;
          }
          throw error;
        }
      }),
  });

export function useProgramme(id: string) {
  return useQuery(programmeQuery(id));
}

export function useHosts(id: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.hosts(id),
    enabled,
    queryFn: ({ signal }) =>
      withOfflineCopy(`meetings.${id}.hosts`, () =>
        unwrap<MeetingHostResponse[]>(
          api.GET('/api/delegations/{id}/hosts', { ...path(id), signal }),
        ),
      ),
  });
}

export function useHostCandidates(id: string) {
  return useQuery({
    queryKey: meetingKeys.candidates(id),
    queryFn: ({ signal }) =>
      unwrap<HostCandidate[]>(
        api.GET('/api/delegations/{id}/host-candidates', { ...path(id), signal }),
      ),
  });
}

export function useMeetingRequests(id: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.requests(id),
    enabled,
    queryFn: ({ signal }) =>
      withOfflineCopy(`meetings.${id}.requests`, () =>
        unwrap<MeetingRequestResponse[]>(
          api.GET('/api/delegations/{id}/meeting-requests', { ...path(id), signal }),
        ),
      ),
  });
}

export function useSchedule(id: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.schedule(id),
    enabled,
    queryFn: ({ signal }) =>
      withOfflineCopy(`meetings.${id}.schedule`, () =>
        unwrap<MeetingRequestResponse[]>(
          api.GET('/api/delegations/{id}/schedule', { ...path(id), signal }),
        ),
      ),
  });
}

export function useUnavailability(id: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.unavailability(id),
    enabled,
    queryFn: ({ signal }) =>
      unwrap<string[]>(api.GET('/api/delegations/{id}/unavailability', { ...path(id), signal })),
  });
}

export function useMeetingStats(id: string) {
  return useQuery({
    queryKey: meetingKeys.stats(id),
    queryFn: ({ signal }) =>
      unwrap<MeetingStatsResponse>(
        api.GET('/api/delegations/{id}/meetings/stats', { ...path(id), signal }),
      ),
  });
}

/** The visit's title and direction (GET /api/delegations/:id), for pages reached by route. */
export function useVisit(id: string, enabled = true) {
  return useQuery({
    queryKey: ['meetings', id, 'delegation'],
    enabled,
    queryFn: ({ signal }) =>
      withOfflineCopy(`meetings.${id}.delegation`, () =>
        unwrap<DelegationResponse>(api.GET('/api/delegations/{id}', { ...path(id), signal })),
      ),
  });
}
