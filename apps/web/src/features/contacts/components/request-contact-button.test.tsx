import type { ContactState } from '@jcc/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { aMember } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { RequestContactButton } from './request-contact-button';

const BAKU = { id: 'dddddddd-0000-4000-8000-0000000000b1', name: 'Baku Cotton LLC' };

function answer(state: ContactState, conversationId: string | null = null) {
  server.use(
    apiHttp.get('/api/contact-requests/states', () =>
      json({
        states: [
          {
            companyId: BAKU.id,
            state,
            requestId: state === 'sent' || state === 'received' ? 'r1' : null,
            conversationId,
          },
        ],
      }),
    ),
  );
}

describe('the request-contact button follows where the firms stand', () => {
  afterEach(() => session.signOut?.());

  it('offers the dialog only while nothing is between the firms', async () => {
    session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' });
    answer('none');
    renderWithProviders(<RequestContactButton company={BAKU} />);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Request contact' }, { timeout: 5000 }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('says "Request sent" instead of offering a second request', async () => {
    session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' });
    answer('sent');
    renderWithProviders(<RequestContactButton company={BAKU} />);
    expect(await screen.findByText('Request sent.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Request contact' })).toBeNull();
  });

  it('opens the conversation once connected, and sends to the inbox when they asked first', async () => {
    session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' });
    answer('connected', 'c1');
    const first = renderWithProviders(<RequestContactButton company={BAKU} />);
    const open = await screen.findByRole('link', { name: 'Open conversation' });
    expect(open.getAttribute('href')).toBe('/messages/c1');
    first.unmount();
    answer('received');
    renderWithProviders(<RequestContactButton company={BAKU} />);
    const reply = await screen.findByRole('link', { name: 'Answer their request' });
    expect(reply.getAttribute('href')).toBe('/contacts');
  });
});
