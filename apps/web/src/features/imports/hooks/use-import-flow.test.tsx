import type { ImportStatusResponse } from '@jcc/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/msw/server';
import { apiHttp, json } from '@/testing/msw/typed-http';
import { progressPercent } from '../lib/import-flow';
import { useImportFlow } from './use-import-flow';

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function job(id: string, dryRun: boolean, done: number, total = 3000): ImportStatusResponse {
  const finished = done >= total;
  return {
    id,
    status: finished ? 'done' : 'running',
    dryRun,
    fileName: 'members.csv',
    format: 'csv',
    progress: { done, total },
    created: finished ? 2990 : 0,
    matched: finished ? 8 : 0,
    failed: [],
    failedCount: finished ? 2 : 0,
    error: null,
    createdAt: '2026-01-01T00:00:00Z',
    finishedAt: finished ? '2026-01-01T00:00:05Z' : null,
  };
}

/** The API: each upload starts a job whose status moves 1,000 rows per poll. */
function stubApi() {
  const uploads: string[] = [];
  const polls = new Map<string, number>();
  server.use(
    apiHttp.post('/api/imports', async ({ request }) => {
      const form = await request.formData();
      // (jsdom's File loses its name on the way through Node's Request; a browser keeps it.)
      const part = form.get('file');
      uploads.push(
        `${new URL(request.url).search} ${part !== null && typeof part !== 'string' ? 'file' : 'none'}`,
      );
      return json({ id: `job-${uploads.length}` }, 202);
    }),
    apiHttp.get('/api/imports/{id}', ({ params }) => {
      const id = String(params.id);
      const count = (polls.get(id) ?? 0) + 1;
      polls.set(id, count);
      return json(job(id, id === 'job-1', Math.min(3000, (count - 1) * 1000)));
    }),
  );
  return { uploads, polls };
}

describe('useImportFlow', () => {
  it('uploads the file, polls the status until done, then imports the same file', async () => {
    const { uploads, polls } = stubApi();
    const seen = new Set<number>();
    const { result } = renderHook(
      () => {
        const flow = useImportFlow(5);
        seen.add(progressPercent(flow.status));
        return flow;
      },
      { wrapper },
    );
    const file = new File(['name,country\n'], 'members.csv', { type: 'text/csv' });

    act(() => result.current.chooseFile(file));
    act(() => result.current.dryRun());
    expect(result.current.state.phase).toBe('uploading');

    await waitFor(() => expect(result.current.state.phase).toBe('finished'));
    expect(result.current.status).toMatchObject({ id: 'job-1', status: 'done', created: 2990 });
    expect(polls.get('job-1')).toBeGreaterThanOrEqual(4);
    expect(result.current.canImport).toBe(true);
    expect(uploads).toEqual(['?dryRun=true file']);

    act(() => result.current.importNow());
    await waitFor(() =>
      expect(result.current.state).toMatchObject({ phase: 'finished', mode: 'import' }),
    );
    expect(uploads).toEqual(['?dryRun=true file', '?dryRun=false file']);
    expect(result.current.status?.id).toBe('job-2');
    expect(result.current.canImport).toBe(false);
    // The bar moved through the batches (a third, two thirds) rather than jumping to 100.
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 33, 66, 100]);
  });

  it('reports why the API refused the file', async () => {
    server.use(
      apiHttp.post('/api/imports', () =>
        json(
          {
            statusCode: 400,
            error: 'Bad Request',
            message: [{ field: 'file', messages: ['the header has no column "country"'] }],
          },
          400,
        ),
      ),
    );
    const { result } = renderHook(() => useImportFlow(5), { wrapper });
    act(() => result.current.chooseFile(new File(['x'], 'members.csv')));
    act(() => result.current.dryRun());
    await waitFor(() => expect(result.current.state.phase).toBe('refused'));
    expect(result.current.state.problems).toEqual([{ text: 'the header has no column "country"' }]);
  });
});
