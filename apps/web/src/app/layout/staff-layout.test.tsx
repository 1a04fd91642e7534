import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { aMember } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { StaffLayout } from './staff-layout';

const signInStaff = () =>
  session.signIn({
    user: aMember({ role: 'staff', companyId: null, companyRole: null }),
    accessToken: 'a',
    refreshToken: 'r',
  });

describe('StaffLayout: the development mailbox in the staff menu', () => {
  afterEach(() => session.signOut());

  it('is listed when the API mounts the mailbox', async () => {
    signInStaff();
    server.use(http.get('*/api/dev/mailbox', () => HttpResponse.json({ items: [] })));
    renderWithProviders(<StaffLayout />, { route: '/staff/verification' });
    const link = await screen.findByRole('link', { name: 'Mailbox (development)' });
    expect(link.getAttribute('href')).toBe('/staff/mailbox');
  });

  it('is hidden when the API answers 404 (real SMTP, production)', async () => {
    signInStaff();
    let asked = false;
    server.use(
      http.get('*/api/dev/mailbox', () => {
        asked = true;
        return HttpResponse.json({ statusCode: 404, error: 'Not Found' }, { status: 404 });
      }),
    );
    renderWithProviders(<StaffLayout />, { route: '/staff/verification' });
    // The marker: the menu's other entries are there and the mailbox was asked about.
    await screen.findByRole('link', { name: 'Unclaimed firms' });
    await expect.poll(() => asked).toBe(true);
    expect(screen.queryByRole('link', { name: 'Mailbox (development)' })).toBeNull();
  });
});
