import type { TaxonomyResponse } from '@jcc/contracts';
import { useCallback, useEffect, useState } from 'react';

import { getTaxonomy } from '../api/get-taxonomy';

export type TaxonomyState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'success'; data: TaxonomyResponse };

/** Loads the taxonomy once; `retry()` loads it again. (A query library replaces this later.) */
export function useTaxonomy(): { state: TaxonomyState; retry: () => void } {
  const [state, setState] = useState<TaxonomyState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getTaxonomy(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) {
          setState({ status: 'success', data });
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) {
          return;
        }
        const message = error instanceof Error ? error.message : 'Something went wrong.';
        setState({ status: 'error', message });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((current) => current + 1);
  }, []);

  return { state, retry };
}
