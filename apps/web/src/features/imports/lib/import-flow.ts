import { IMPORT_LIMITS, type ImportStatusResponse } from '@jcc/contracts';

import type { ImportEncoding } from '../api/start-import';

/**
 * The member-import page, step by step: pick a file → dry run (row by row: created, matched,
 * invalid and why) → the real import, with progress → the final report. A new file or encoding
 * starts over: only a file that was dry-run as it is may be imported.
 */
export type ImportPhase =
  /** Nothing sent yet for this file. */
  | 'idle'
  /** The file is on its way; the API checks its type, encoding and header. */
  | 'uploading'
  /** The job is queued or running: its status is polled. */
  | 'running'
  /** The job is done (or failed as a whole). */
  | 'finished'
  /** The API refused the file (400 on `file`, 413) or could not be reached. */
  | 'refused';

export type ImportMode = 'dry-run' | 'import';

/** A reason the file was refused: one of our texts, or the API's own words about the file. */
export type FileProblem = { key: string } | { text: string };

export interface ImportFlowState {
  file: File | null;
  encoding: ImportEncoding;
  phase: ImportPhase;
  mode: ImportMode | null;
  /** The job shown: the dry run, then the import. */
  jobId: string | null;
  /** The finished dry run of this very file and encoding, when it could be read. */
  checkedId: string | null;
  /** Why the file was refused. */
  problems: FileProblem[];
}

export type ImportFlowAction =
  | { type: 'file-chosen'; file: File | null }
  | { type: 'encoding-chosen'; encoding: ImportEncoding }
  | { type: 'upload-started'; mode: ImportMode }
  | { type: 'upload-accepted'; id: string }
  | { type: 'upload-refused'; problems: FileProblem[] }
  | { type: 'job-finished'; id: string; status: ImportStatusResponse['status'] }
  | { type: 'reset' };

export const initialImportFlow: ImportFlowState = {
  file: null,
  encoding: 'auto',
  phase: 'idle',
  mode: null,
  jobId: null,
  checkedId: null,
  problems: [],
};

/** Checks the browser can make before uploading: the kind of file and its size. */
export function checkFile(file: File): FileProblem[] {
  const problems: FileProblem[] = [];
  if (!/\.(csv|xlsx)$/i.test(file.name)) {
    problems.push({ key: 'imports.wrongType' });
  }
  if (file.size > IMPORT_LIMITS.maxFileBytes) {
    problems.push({ key: 'imports.tooLarge' });
  }
  return problems;
}

export function importFlowReducer(
  state: ImportFlowState,
  action: ImportFlowAction,
): ImportFlowState {
  switch (action.type) {
    case 'file-chosen': {
      const problems = action.file ? checkFile(action.file) : [];
      return {
        ...initialImportFlow,
        encoding: state.encoding,
        file: action.file,
        problems,
        phase: problems.length > 0 ? 'refused' : 'idle',
      };
    }
    case 'encoding-chosen':
      return { ...initialImportFlow, file: state.file, encoding: action.encoding };
    case 'upload-started':
      if (
        !state.file ||
        state.phase === 'uploading' ||
        state.phase === 'running' ||
        checkFile(state.file).length > 0
      ) {
        return state;
      }
      if (action.mode === 'import' && !state.checkedId) {
        return state; // the real import comes after a dry run of the same file
      }
      return { ...state, phase: 'uploading', mode: action.mode, jobId: null, problems: [] };
    case 'upload-accepted':
      return state.phase === 'uploading' ? { ...state, phase: 'running', jobId: action.id } : state;
    case 'upload-refused':
      return state.phase === 'uploading'
        ? { ...state, phase: 'refused', problems: action.problems, checkedId: null }
        : state;
    case 'job-finished': {
      if (action.id !== state.jobId || state.phase !== 'running') {
        return state;
      }
      const checked = state.mode === 'dry-run' && action.status === 'done';
      return { ...state, phase: 'finished', checkedId: checked ? action.id : state.checkedId };
    }
    case 'reset':
      return initialImportFlow;
  }
}

/** Whether "Import now" may be pressed: a dry run of this file finished and nothing runs. */
export function canImport(state: ImportFlowState): boolean {
  return state.checkedId !== null && state.mode === 'dry-run' && state.phase === 'finished';
}

/** Progress of a job, 0–100, for the bar; a finished job is at 100 whatever its total. */
export function progressPercent(status: ImportStatusResponse | undefined): number {
  if (!status) {
    return 0;
  }
  if (status.status === 'done') {
    return 100;
  }
  const { done, total } = status.progress;
  return total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
}
