import { afterEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { aMember } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { apiHttp, json } from '@/testing/msw/typed-http';
import { getContactState } from './get-contact-states';

const id = (n: number) => `dddddddd-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the contact states of a list of cards', () => {
  afterEach(() => session.signOut());

  it('are asked in one call for the firms asked about at the same moment', async () => {
    session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' });
    const asked: string[][] = [];
    server.use(
      apiHttp.get('/api/contact-requests/states', ({ request }) => {
        const ids = (new URL(request.url).searchParams.get('companyIds') ?? '').split(',');
        asked.push(ids);
        return json({
          states: ids
            .filter((companyId) => companyId !== id(3))
            .map((companyId) => ({
              companyId,
              state: 'sent' as const,
              requestId: `r-${companyId}`,
              conversationId: null,
            })),
        });
      }),
    );

    const states = await Promise.all([1, 2, 3, 2].map((n) => getContactState(id(n))));

    expect(asked).toEqual([[id(1), id(2), id(3)]]);
    expect(states.map((state) => state.state)).toEqual(['sent', 'sent', 'none', 'sent']);
    expect(states[1]).toMatchObject({ companyId: id(2), requestId: `r-${id(2)}` });

    // A later moment is a call of its own.
    await getContactState(id(4));
    expect(asked).toEqual([[id(1), id(2), id(3)], [id(4)]]);
  });

  it('never name more than the API takes (50) in one call', async () => {
    session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' });
    const sizes: number[] = [];
    server.use(
      apiHttp.get('/api/contact-requests/states', ({ request }) => {
        sizes.push((new URL(request.url).searchParams.get('companyIds') ?? '').split(',').length);
        return json({ states: [] });
      }),
    );
    await Promise.all(Array.from({ length: 60 }, (_, n) => getContactState(id(n + 1))));
    expect(sizes).toEqual([50, 10]);
  });
});
