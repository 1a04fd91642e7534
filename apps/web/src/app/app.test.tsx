import type { TaxonomyResponse } from '@jcc/contracts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { App } from './app';

const taxonomy: TaxonomyResponse = {
  sectors: [
    { code: 'textiles', name: 'Textiles and home textiles', isic: ['13', '14'] },
    { code: 'pharmaceuticals', name: 'Pharmaceuticals', isic: ['21'] },
    { code: 'it_technology', name: 'IT and technology', isic: ['58', '61', '62', '63'] },
  ],
  hsChapters: [{ code: '52', name: 'Cotton' }],
  partnershipTypes: ['export', 'joint_venture'],
  sizeBands: [{ code: 'small', name: 'Small (10–49 employees)' }],
  languages: [{ code: 'en', name: 'English' }],
  countries: ['PK', 'AZ'],
};

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function mockFetch(...responses: Array<Response | Error>) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const response of responses) {
    if (response instanceof Error) {
      fetchMock.mockRejectedValueOnce(response);
    } else {
      fetchMock.mockResolvedValueOnce(response);
    }
  }
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
});

describe('App', () => {
  it('shows the platform name and the sectors from GET /api/taxonomy', async () => {
    const fetchMock = mockFetch(jsonResponse(taxonomy));

    render(<App />);

    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Pakistan–Azerbaijan Joint Chamber — B2B platform',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Loading sectors');

    const list = await screen.findByRole('list', { name: 'Sectors' });
    const chips = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(chips).toEqual(['Textiles and home textiles', 'Pharmaceuticals', 'IT and technology']);
    expect(screen.queryByRole('status')).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/taxonomy',
      expect.objectContaining({ method: 'GET' }),
    );

    expect(screen.getByRole('link', { name: /OpenAPI/ }).getAttribute('href')).toBe('/api/docs');
    expect(screen.getByRole('link', { name: 'API health' }).getAttribute('href')).toBe(
      '/api/health',
    );
  });

  it('shows an error with a retry button when the API fails, and recovers on retry', async () => {
    mockFetch(
      jsonResponse({ statusCode: 500, error: 'Internal Server Error', message: 'boom' }, 500),
      jsonResponse(taxonomy),
    );

    render(<App />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The sectors could not be loaded.');
    expect(alert.textContent).toContain('500');
    expect(screen.queryByRole('list', { name: 'Sectors' })).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Pharmaceuticals')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error when the server cannot be reached', async () => {
    mockFetch(new TypeError('Failed to fetch'));

    render(<App />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server could not be reached.');
  });
});
