import type {
  MeetingOutcome,
  MeetingReport,
  ProgrammeBlockKind,
  SlotMinutes,
} from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { meetingKeys } from './meetings-queries';

const path = (id: string) => ({ params: { path: { id } } });
const requestPath = (id: string, requestId: string) => ({
  params: { path: { id, requestId } },
});

/** Every mutation of a visit refreshes the visit's queries (and the incoming list). */
function useVisitMutation<Input, Output>(id: string, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.visit(id) });
      await queryClient.invalidateQueries({ queryKey: meetingKeys.incoming });
    },
  });
}

export interface ProgrammeInput {
  venue: string;
  venueMaxTables: number;
  slotMinutes: SlotMinutes;
  breakMinutes: number;
  tables: string[];
  sessions: { startsAt: string; endsAt: string }[];
  blocks?: { kind: ProgrammeBlockKind; label: string; startsAt: string; endsAt: string }[];
  requestDeadline: string | null;
  quotaPerFirm: number;
}

export function usePutProgramme(id: string) {
  return useVisitMutation(id, (body: ProgrammeInput) =>
    // The generated type of the nullable `requestDeadline` is off (a string | null in the DTO).
    unwrap(api.PUT('/api/delegations/{id}/programme', { ...path(id), body: body as never })),
  );
}

/** A firm registers itself (no companyId); staff invite a host firm (companyId). */
export function useRegisterHost(id: string) {
  return useVisitMutation(id, (companyId?: string) =>
    unwrap(
      api.POST('/api/delegations/{id}/hosts', {
        ...path(id),
        body: companyId ? { companyId } : {},
      }),
    ),
  );
}

export function useSendMeetingRequest(id: string) {
  return useVisitMutation(
    id,
    (body: { targetCompanyId: string; note?: string; priority: number }) =>
      unwrap(api.POST('/api/delegations/{id}/meeting-requests', { ...path(id), body })),
  );
}

export function useAnswerMeetingRequest(id: string) {
  return useVisitMutation(
    id,
    ({ requestId, decision }: { requestId: string; decision: 'accept' | 'decline' }) =>
      unwrap(
        api.PATCH('/api/delegations/{id}/meeting-requests/{requestId}', {
          ...requestPath(id, requestId),
          body: { decision },
        }),
      ),
  );
}

export function useSetUnavailability(id: string) {
  return useVisitMutation(id, (sessionIds: string[]) =>
    unwrap<string[]>(
      api.PUT('/api/delegations/{id}/unavailability', { ...path(id), body: { sessionIds } }),
    ),
  );
}

export function useRunSchedule(id: string) {
  return useVisitMutation(id, () =>
    unwrap(api.POST('/api/delegations/{id}/schedule/run', path(id))),
  );
}

export function usePublishSchedule(id: string) {
  return useVisitMutation(id, () =>
    unwrap(api.POST('/api/delegations/{id}/schedule/publish', path(id))),
  );
}

export function useLockMeeting(id: string) {
  return useVisitMutation(id, ({ requestId, locked }: { requestId: string; locked: boolean }) =>
    unwrap(
      api.PATCH('/api/delegations/{id}/meeting-requests/{requestId}/lock', {
        ...requestPath(id, requestId),
        body: { locked },
      }),
    ),
  );
}

export function useCheckIn(id: string) {
  return useVisitMutation(id, (companyId?: string) =>
    unwrap(
      api.POST('/api/delegations/{id}/check-ins', {
        ...path(id),
        body: companyId ? { companyId } : {},
      }),
    ),
  );
}

export function useReportMeeting(id: string) {
  return useVisitMutation(
    id,
    ({ requestId, report }: { requestId: string; report: MeetingReport }) =>
      unwrap(
        api.PATCH('/api/delegations/{id}/meeting-requests/{requestId}/report', {
          ...requestPath(id, requestId),
          body: { report },
        }),
      ),
  );
}

export function useMeetingOutcome(id: string) {
  return useVisitMutation(
    id,
    ({ requestId, outcome }: { requestId: string; outcome: MeetingOutcome }) =>
      unwrap(
        api.PATCH('/api/delegations/{id}/meeting-requests/{requestId}/outcome', {
          ...requestPath(id, requestId),
          body: { outcome },
        }),
      ),
  );
}
