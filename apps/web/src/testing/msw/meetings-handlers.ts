import type {
  DelegationResponse,
  DualTime,
  HostCandidate,
  IncomingDelegation,
  MeetingFirm,
  MeetingRequestResponse,
  MeetingStatsResponse,
  ProgrammeResponse,
} from '@jcc/contracts';

import { MY_COMPANY_ID } from './fixtures';
import { apiError, apiHttp, json } from './typed-http';

/**
 * An in-memory meetings back end for the meetings pages' tests: one visit (Pakistani firms to
 * Baku), its programme, hosts, requests and schedule. Mutations change the state, so a test sees
 * what the page did after the refetch; `state` lets a test change things "on the server" (as
 * another firm would) before pushing a socket event.
 */
export const VISIT_ID = 'dddddddd-0000-4000-8000-000000000001';

/** 2030-01-28 09:00 AZT = 05:00 UTC = 10:00 PKT. */
export function dual(utc: string): DualTime {
  const at = Date.parse(utc);
  const zone = (minutes: number, suffix: string) =>
    `${new Date(at + minutes * 60_000).toISOString().slice(0, 16)}${suffix}`;
  return { utc, pkt: zone(300, '+05:00'), azt: zone(240, '+04:00') };
}

export const VISITOR_A: MeetingFirm = {
  id: 'cccccccc-0000-4000-8000-0000000000a1',
  name: 'Sialkot Sports Works',
  country: 'PK',
  sectors: ['textiles'],
};
export const VISITOR_B: MeetingFirm = {
  id: 'cccccccc-0000-4000-8000-0000000000a2',
  name: 'کراچی ٹیکسٹائل ملز',
  country: 'PK',
  sectors: ['textiles'],
};
/** The signed-in firm of the tests is a Baku host (MY_COMPANY_ID). */
export const ME_AS_HOST: MeetingFirm = {
  id: MY_COMPANY_ID,
  name: 'Şəki İpək MMC',
  country: 'AZ',
  sectors: ['textiles'],
};

export function aProgramme(overrides: Partial<ProgrammeResponse> = {}): ProgrammeResponse {
  return {
    delegationId: VISIT_ID,
    venue: 'Baku Expo Centre',
    venueMaxTables: 10,
    slotMinutes: 30,
    breakMinutes: 0,
    tables: ['A1', 'A2'],
    quotaPerFirm: 5,
    requestDeadline: dual('2030-01-20T00:00:00.000Z'),
    scheduleStatus: 'none',
    sessions: [
      {
        id: 's1',
        startsAt: dual('2030-01-28T05:00:00.000Z'),
        endsAt: dual('2030-01-28T07:00:00.000Z'),
      },
    ],
    blocks: [
      {
        kind: 'friday_prayer',
        label: 'Friday prayer',
        startsAt: dual('2030-02-01T08:30:00.000Z'),
        endsAt: dual('2030-02-01T10:00:00.000Z'),
      },
    ],
    slots: [0, 1, 2, 3].map((index) => {
      const start = Date.parse('2030-01-28T05:00:00.000Z') + index * 30 * 60_000;
      return {
        id: new Date(start).toISOString(),
        sessionId: 's1',
        startsAt: dual(new Date(start).toISOString()),
        endsAt: dual(new Date(start + 30 * 60_000).toISOString()),
      };
    }),
    ...overrides,
  };
}

export function aMeetingRequest(
  overrides: Partial<MeetingRequestResponse> = {},
): MeetingRequestResponse {
  return {
    id: 'eeeeeeee-0000-4000-8000-00000000a001',
    delegationId: VISIT_ID,
    requester: VISITOR_A,
    target: ME_AS_HOST,
    note: 'Cotton yarn supply',
    priority: 4,
    status: 'pending',
    slot: null,
    table: null,
    locked: false,
    requesterReport: null,
    targetReport: null,
    outcome: null,
    createdAt: '2030-01-10T10:00:00.000Z',
    match: {
      score: 77,
      mutual: true,
      reasons: [{ code: 'shared_sector', params: { sectors: ['textiles'] } }],
    },
    ...overrides,
  };
}

export interface MeetingsState {
  programme: ProgrammeResponse | null;
  incoming: IncomingDelegation[];
  requests: MeetingRequestResponse[];
  unavailability: string[];
  candidates: HostCandidate[];
  stats: MeetingStatsResponse;
  delegation: DelegationResponse;
}

export function meetingsApi(initial: Partial<MeetingsState> = {}) {
  const programme = initial.programme === undefined ? aProgramme() : initial.programme;
  const state: MeetingsState = {
    programme,
    incoming: initial.incoming ?? [
      {
        id: VISIT_ID,
        title: 'Textiles to Baku',
        direction: 'PK_TO_AZ',
        hostCity: 'Baku',
        startsOn: '2030-01-28',
        endsOn: '2030-02-01',
        sectors: ['textiles'],
        members: [VISITOR_A, VISITOR_B],
        programme,
        myHostStatus: 'registered',
      },
    ],
    requests: initial.requests ?? [],
    unavailability: initial.unavailability ?? [],
    candidates: initial.candidates ?? [],
    stats: initial.stats ?? {
      requested: 4,
      accepted: 3,
      scheduled: 3,
      held: 1,
      noShow: 1,
      followUp: 1,
      agreementInView: 1,
      checkedIn: 2,
    },
    delegation:
      initial.delegation ??
      ({
        id: VISIT_ID,
        title: 'Textiles to Baku',
        direction: 'PK_TO_AZ',
        hostCity: 'Baku',
        startsOn: '2030-01-28',
        endsOn: '2030-02-01',
        sectors: ['textiles'],
        capacity: 10,
        seatsTaken: 2,
        myStatus: null,
        createdAt: '2029-12-01T10:00:00.000Z',
        updatedAt: '2029-12-01T10:00:00.000Z',
      } as DelegationResponse),
  };
  const sent: { method: string; path: string; body: unknown }[] = [];
  const handlers = [
    apiHttp.get('/api/meetings/incoming-delegations', () => json(state.incoming)),
    apiHttp.get('/api/delegations/{id}', () => json(state.delegation)),
    apiHttp.get('/api/delegations/{id}/programme', () =>
      state.programme ? json(state.programme) : apiError(404, 'Programme not found'),
    ),
    apiHttp.put('/api/delegations/{id}/programme', ({ body }) => {
      sent.push({ method: 'PUT', path: 'programme', body });
      state.programme = aProgramme({ venue: (body as { venue: string }).venue });
      return json(state.programme);
    }),
    apiHttp.get('/api/delegations/{id}/hosts', () =>
      json([{ company: ME_AS_HOST, status: 'registered' }]),
    ),
    apiHttp.post('/api/delegations/{id}/hosts', ({ body }) => {
      sent.push({ method: 'POST', path: 'hosts', body });
      const companyId = (body as { companyId?: string } | undefined)?.companyId;
      if (companyId) {
        state.candidates = state.candidates.map((candidate) =>
          candidate.company.id === companyId ? { ...candidate, hostStatus: 'invited' } : candidate,
        );
        return json({ company: ME_AS_HOST, status: 'invited' }, 201);
      }
      state.incoming = state.incoming.map((visit) => ({ ...visit, myHostStatus: 'registered' }));
      return json({ company: ME_AS_HOST, status: 'registered' }, 201);
    }),
    apiHttp.get('/api/delegations/{id}/host-candidates', () => json(state.candidates)),
    apiHttp.get('/api/delegations/{id}/meeting-requests', () => json(state.requests)),
    apiHttp.post('/api/delegations/{id}/meeting-requests', ({ body }) => {
      sent.push({ method: 'POST', path: 'meeting-requests', body });
      const input = body;
      const target = [VISITOR_A, VISITOR_B].find((firm) => firm.id === input.targetCompanyId);
      const created = aMeetingRequest({
        id: `eeeeeeee-0000-4000-8000-00000000b00${state.requests.length}`,
        requester: ME_AS_HOST,
        target: target ?? VISITOR_B,
        note: input.note ?? '',
        priority: input.priority,
      });
      state.requests = [...state.requests, created];
      return json(created, 201);
    }),
    apiHttp.patch('/api/delegations/{id}/meeting-requests/{requestId}', ({ params, body }) => {
      sent.push({ method: 'PATCH', path: `meeting-requests/${String(params.requestId)}`, body });
      const decision = (body).decision;
      state.requests = state.requests.map((request) =>
        request.id === params.requestId
          ? { ...request, status: decision === 'accept' ? 'accepted' : 'declined' }
          : request,
      );
      return json(state.requests.find((request) => request.id === params.requestId));
    }),
    apiHttp.get('/api/delegations/{id}/unavailability', () => json(state.unavailability)),
    apiHttp.put('/api/delegations/{id}/unavailability', ({ body }) => {
      sent.push({ method: 'PUT', path: 'unavailability', body });
      state.unavailability = (body).sessionIds;
      return json(state.unavailability);
    }),
    apiHttp.get('/api/delegations/{id}/schedule', () =>
      json(state.requests.filter((request) => request.slot !== null)),
    ),
    apiHttp.post('/api/delegations/{id}/schedule/run', () => {
      sent.push({ method: 'POST', path: 'schedule/run', body: undefined });
      const slots = state.programme?.slots ?? [];
      state.requests = state.requests.map((request, index) =>
        request.status === 'accepted'
          ? {
              ...request,
              slot: {
                id: slots[index % slots.length].id,
                startsAt: slots[index % slots.length].startsAt,
                endsAt: slots[index % slots.length].endsAt,
              },
              table: 'A1',
            }
          : request,
      );
      if (state.programme) {
        state.programme = { ...state.programme, scheduleStatus: 'scheduled' };
      }
      const placed = state.requests.filter((request) => request.slot).length;
      return json({
        placed,
        unplaced: 0,
        slotsUsed: placed,
        lowerBound: placed,
        idleGaps: 0,
        locked: 0,
      });
    }),
    apiHttp.post('/api/delegations/{id}/schedule/publish', () => {
      sent.push({ method: 'POST', path: 'schedule/publish', body: undefined });
      if (state.programme) {
        state.programme = { ...state.programme, scheduleStatus: 'published' };
      }
      return json({ scheduleStatus: 'published' });
    }),
    apiHttp.get('/api/delegations/{id}/meetings/stats', () => json(state.stats)),
  ];
  return { handlers, state, sent };
}
