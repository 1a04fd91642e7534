import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';

import { errorMessageKey } from '@/components/ui/page-states';
import { isApiError } from '@/lib/api-error';
import { isImportActive, useImport } from '../api/get-import';
import { useStartImport } from '../api/start-import';
import {
  canImport,
  importFlowReducer,
  initialImportFlow,
  type FileProblem,
  type ImportMode,
} from '../lib/import-flow';

/** The import page's state machine wired to the API: upload, poll every 500 ms, report. */
export function useImportFlow(pollMs?: number) {
  const [state, dispatch] = useReducer(importFlowReducer, initialImportFlow);
  const queryClient = useQueryClient();
  const start = useStartImport();
  const job = useImport(state.jobId, pollMs);
  const status = job.data?.id === state.jobId ? job.data : undefined;

  useEffect(() => {
    if (status && !isImportActive(status)) {
      dispatch({ type: 'job-finished', id: status.id, status: status.status });
      void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
      if (!status.dryRun) {
        // New firms: the directory and the verification queue have changed.
        void queryClient.invalidateQueries({ queryKey: ['companies'] });
        void queryClient.invalidateQueries({ queryKey: ['verification-queue'] });
      }
    }
  }, [status, queryClient]);

  const run = (mode: ImportMode) => {
    const { file, encoding } = state;
    if (!file) {
      return;
    }
    dispatch({ type: 'upload-started', mode });
    start.mutate(
      { file, encoding, dryRun: mode === 'dry-run' },
      {
        onSuccess: ({ id }) => dispatch({ type: 'upload-accepted', id }),
        onError: (error) => {
          const problems: FileProblem[] = isApiError(error, 413)
            ? [{ key: 'imports.tooLarge' }]
            : isApiError(error) && error.fieldErrors.length > 0
              ? error.fieldErrors.flatMap((field) => field.messages.map((text) => ({ text })))
              : [{ key: errorMessageKey(error) }];
          dispatch({ type: 'upload-refused', problems });
        },
      },
    );
  };

  return {
    state,
    status,
    statusError: job.error,
    canImport: canImport(state),
    chooseFile: (file: File | null) => dispatch({ type: 'file-chosen', file }),
    chooseEncoding: (encoding: typeof state.encoding) =>
      dispatch({ type: 'encoding-chosen', encoding }),
    dryRun: () => run('dry-run'),
    importNow: () => run('import'),
    reset: () => dispatch({ type: 'reset' }),
  };
}
