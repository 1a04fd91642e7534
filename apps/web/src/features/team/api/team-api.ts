import type {
  AcceptInvitationResponse,
  FirmPresence,
  InvitationPreview,
  Page,
  TeamInvitation,
  TeamResponse,
  UnclaimedFirmRequests,
  UserResponse,
} from '@jcc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';

const teamKey = ['team'] as const;

export function useTeam() {
  return useQuery({
    queryKey: teamKey,
    queryFn: ({ signal }) => unwrap<TeamResponse>(api.GET('/api/team', { signal })),
  });
}

export function useInviteColleague() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      unwrap<TeamInvitation>(api.POST('/api/team/invitations', { body: { email } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKey }),
  });
}

export function useRemoveColleague() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap<unknown>(api.DELETE('/api/team/members/{userId}', { params: { path: { userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKey }),
  });
}

export function useTransferOwnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap<TeamResponse>(api.POST('/api/team/owner', { body: { userId } })),
    onSuccess: async () => {
      await refreshMe();
      await queryClient.invalidateQueries({ queryKey: teamKey });
    },
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    retry: false,
    queryFn: ({ signal }) =>
      unwrap<InvitationPreview>(
        api.GET('/api/invitations/{token}', { params: { path: { token } }, signal }),
      ),
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap<AcceptInvitationResponse>(
        api.POST('/api/invitations/{token}/accept', { params: { path: { token } } }),
      ),
    onSuccess: async () => {
      // The account has a firm now: menus, conversations and the socket's rooms follow.
      await refreshMe();
      await queryClient.invalidateQueries();
    },
  });
}

/** Other firms: whether anyone answers for this one yet (false: staff-imported, unclaimed). */
export function useFirmPresence(companyId: string) {
  return useQuery({
    queryKey: ['firm-presence', companyId],
    queryFn: ({ signal }) =>
      unwrap<FirmPresence>(
        api.GET('/api/companies/{id}/presence', { params: { path: { id: companyId } }, signal }),
      ),
  });
}

export function useWaitingForUnclaimed() {
  return useQuery({
    queryKey: ['claims', 'waiting'],
    queryFn: ({ signal }) =>
      unwrap<Page<UnclaimedFirmRequests>>(
        api.GET('/api/claims/waiting', { params: { query: { limit: 100 } }, signal }),
      ),
  });
}

export function useSendClaimInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (companyId: string) =>
      unwrap<TeamInvitation>(
        api.POST('/api/companies/{id}/claim-invitation', { params: { path: { id: companyId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['claims'] }),
  });
}

async function refreshMe(): Promise<void> {
  const me = await unwrap<UserResponse>(api.GET('/api/auth/me'));
  session.setUser(me);
}
