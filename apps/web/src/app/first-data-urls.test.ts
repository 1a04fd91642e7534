import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { getMessages } from '@/features/messages/api/get-messages';
import { session } from '@/lib/session';
import { aCompany, aConversation, aMember, aPage } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { testQueryClient } from '@/testing/render';
import { FIRST_DATA_URLS } from './first-data-urls';
import { prefetchFirstData as dashboardFirstData } from './routes/dashboard';
import { prefetchFirstData as messagesFirstData } from './routes/messages';

/**
 * The addresses index.html's boot script asks for early (first-data-urls.ts) are worth asking
 * only if they are exactly those the page's first render asks for: otherwise the app asks again
 * and the early answers are wasted bytes on a slow connection.
 */
const CONVERSATION_ID = 'eeeeeeee-0000-4000-8000-0000000000c1';
const member = aMember();

function expand(urls: readonly string[]): string[] {
  return urls
    .map((url) => url.replace('{companyId}', member.companyId!).replace('{id}', CONVERSATION_ID))
    .sort();
}
const asked = () =>
  answeredRequests()
    .map((request) => request.url)
    .sort();

describe('the first answers the boot script asks for', () => {
  beforeEach(() => {
    session.signIn({ user: member, accessToken: 'a', refreshToken: 'r' });
    server.use(
      apiHttp.get('/api/companies/{id}', () => json(aCompany({ id: member.companyId! }))),
      apiHttp.get('/api/matches', () => json(aPage([]))),
      apiHttp.get('/api/opportunities/for-me', () => json({ items: [] })),
      apiHttp.get('/api/conversations', () => json(aPage([aConversation()]))),
      apiHttp.get('/api/conversations/{id}', () => json(aConversation({ id: CONVERSATION_ID }))),
    );
  });
  afterEach(() => session.signOut());

  it("are the dashboard's first requests", async () => {
    await Promise.all(dashboardFirstData(testQueryClient(), member, new URLSearchParams()));
    expect(asked()).toEqual(expand(FIRST_DATA_URLS.dashboard));
  });

  it("are a conversation's first requests, and its thread's last messages", async () => {
    await Promise.all(
      messagesFirstData(testQueryClient(), member, new URLSearchParams(), {
        conversationId: CONVERSATION_ID,
      }),
    );
    server.use(apiHttp.get('/api/conversations/{id}/messages', () => json(aPage([]))));
    // The thread asks for its last messages on mount (use-thread-history), as this does.
    await getMessages(CONVERSATION_ID);
    expect(asked()).toEqual(expand(FIRST_DATA_URLS.messages));
  });
});
