import type {
  ChatMessage,
  ContactRequestResponse,
  ConversationResponse,
  MatchFeedbackAction,
  MatchResponse,
} from '@jcc/contracts';
import { delay } from 'msw';

import { aPage } from './fixtures';
import { apiError, apiHttp, json } from './typed-http';

/**
 * Shared MSW handlers for the member pages: small in-memory back ends built from fixtures, so a
 * test sees the effect of its own actions (a dismissed firm stays gone after the refetch, an
 * accepted request comes back accepted) and can read what the page sent.
 */

/** Answers that never come: the page stays in its loading state. */
export const never = async (): Promise<Response> => {
  await delay('infinite');
  return apiError(500);
};

export interface FeedbackCall {
  companyId: string;
  action: MatchFeedbackAction;
}

/** GET /api/matches (?saved=true lists saved ones) and POST /api/matches/:companyId/feedback. */
export function matchesApi(
  matches: MatchResponse[],
  {
    saved = [] as string[],
    /** Awaited before feedback is stored and answered: lets a test look while it is in flight. */
    beforeFeedback = (): Promise<void> => Promise.resolve(),
  } = {},
) {
  const savedIds = new Set(saved);
  const dismissed = new Set<string>();
  const feedback: FeedbackCall[] = [];
  const handlers = [
    apiHttp.get('/api/matches', ({ request }) => {
      const onlySaved = new URL(request.url).searchParams.get('saved') === 'true';
      const shown = matches.filter(
        (match) =>
          !dismissed.has(match.company.id) && (!onlySaved || savedIds.has(match.company.id)),
      );
      return json(aPage(shown));
    }),
    apiHttp.post('/api/matches/{companyId}/feedback', async ({ params, body }) => {
      await beforeFeedback();
      const companyId = String(params.companyId);
      feedback.push({ companyId, action: body.action });
      if (body.action === 'save') {
        savedIds.add(companyId);
      } else if (body.action === 'dismiss') {
        dismissed.add(companyId);
      } else {
        savedIds.delete(companyId);
        dismissed.delete(companyId);
      }
      const state = savedIds.has(companyId)
        ? 'saved'
        : dismissed.has(companyId)
          ? 'dismissed'
          : null;
      return json({ companyId, state });
    }),
  ];
  return { handlers, feedback };
}

/** GET /api/contact-requests?box=in|out, POST …/:id/accept and …/:id/decline. */
export function contactRequestsApi(boxes: {
  in: ContactRequestResponse[];
  out?: ContactRequestResponse[];
}) {
  const all = { in: [...boxes.in], out: [...(boxes.out ?? [])] };
  const decided: { id: string; decision: 'accept' | 'decline' }[] = [];
  const find = (id: unknown) => all.in.find((request) => request.id === id);
  const replace = (next: ContactRequestResponse) => {
    all.in = all.in.map((request) => (request.id === next.id ? next : request));
  };
  const handlers = [
    apiHttp.get('/api/contact-requests', ({ request }) => {
      const box = new URL(request.url).searchParams.get('box') === 'out' ? 'out' : 'in';
      return json(aPage(all[box]));
    }),
    apiHttp.post('/api/contact-requests/{id}/accept', ({ params }) => {
      const request = find(params.id);
      if (!request) {
        return apiError(404, 'Contact request not found');
      }
      decided.push({ id: request.id, decision: 'accept' });
      const conversationId = `ffffffff-0000-4000-8000-${request.id.slice(-12)}`;
      replace({ ...request, status: 'accepted', conversationId });
      const conversation: ConversationResponse = {
        id: conversationId,
        kind: 'firms',
        participants: [request.toCompany, request.fromCompany],
        lastMessage: null,
        lastSeq: 0,
        readSeq: 0,
        peerReadSeq: 0,
        unread: 0,
        createdAt: request.createdAt,
        lastActivityAt: request.createdAt,
      };
      return json({ conversation });
    }),
    apiHttp.post('/api/contact-requests/{id}/decline', ({ params }) => {
      const request = find(params.id);
      if (!request) {
        return apiError(404, 'Contact request not found');
      }
      decided.push({ id: request.id, decision: 'decline' });
      const declined: ContactRequestResponse = { ...request, status: 'declined' };
      replace(declined);
      return json({ request: declined });
    }),
  ];
  return { handlers, decided };
}

/** GET /api/conversations, GET /api/conversations/:id and its messages (newest page first). */
export function conversationsApi(
  conversations: ConversationResponse[],
  messages: Record<string, ChatMessage[]> = {},
) {
  return [
    apiHttp.get('/api/conversations', () => json(aPage(conversations))),
    apiHttp.get('/api/conversations/{id}', ({ params }) => {
      const conversation = conversations.find((item) => item.id === params.id);
      return conversation ? json(conversation) : apiError(404, 'Conversation not found');
    }),
    apiHttp.get('/api/conversations/{id}/messages', ({ request, params }) => {
      const url = new URL(request.url);
      const before = Number(url.searchParams.get('beforeSeq') ?? Infinity);
      const limit = Number(url.searchParams.get('limit') ?? 30);
      const older = (messages[String(params.id)] ?? []).filter((message) => message.seq < before);
      const items = older.slice(-limit);
      return json(aPage(items, older.length > items.length ? `before-${items[0].seq}` : null));
    }),
  ];
}
