import type {
  MatchFeedbackAction,
  MatchFeedbackResponse,
  MatchResponse,
  Page,
} from '@jcc/contracts';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export type FeedbackAction = MatchFeedbackAction;

/** POST /api/matches/:companyId/feedback — save, dismiss (never shown again) or undo. */
export function sendMatchFeedback(
  companyId: string,
  action: FeedbackAction,
): Promise<MatchFeedbackResponse> {
  return unwrap(
    api.POST('/api/matches/{companyId}/feedback', {
      params: { path: { companyId } },
      body: { action },
    }),
  );
}

type MatchPages = InfiniteData<Page<MatchResponse>, string | null>;

export function useMatchFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, action }: { companyId: string; action: FeedbackAction }) =>
      sendMatchFeedback(companyId, action),
    onMutate: ({ companyId, action }) => {
      if (action === 'dismiss') {
        // A dismissed firm leaves the list at once; `undo` brings it back from the server.
        queryClient.setQueriesData<MatchPages>({ queryKey: ['matches'] }, (data) =>
          data
            ? {
                ...data,
                pages: data.pages.map((page) => ({
                  ...page,
                  items: page.items.filter((match) => match.company.id !== companyId),
                })),
              }
            : data,
        );
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['matches'] }),
  });
}
