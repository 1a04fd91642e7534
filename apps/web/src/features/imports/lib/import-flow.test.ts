import type { ImportStatusResponse } from '@jcc/contracts';
import { describe, expect, it } from 'vitest';

import {
  canImport,
  checkFile,
  importFlowReducer,
  initialImportFlow,
  progressPercent,
  type ImportFlowAction,
  type ImportFlowState,
} from './import-flow';

const csv = new File(['name,country\n'], 'members.csv', { type: 'text/csv' });
const run = (state: ImportFlowState, ...actions: ImportFlowAction[]) =>
  actions.reduce(importFlowReducer, state);

function status(patch: Partial<ImportStatusResponse>): ImportStatusResponse {
  return {
    id: 'job',
    status: 'running',
    dryRun: true,
    fileName: 'members.csv',
    format: 'csv',
    progress: { done: 0, total: 0 },
    created: 0,
    matched: 0,
    failed: [],
    failedCount: 0,
    error: null,
    createdAt: '2026-01-01T00:00:00Z',
    finishedAt: null,
    ...patch,
  };
}

describe('the import flow', () => {
  it('goes dry run → report → import → report, for one file', () => {
    const checked = run(
      initialImportFlow,
      { type: 'file-chosen', file: csv },
      { type: 'upload-started', mode: 'dry-run' },
      { type: 'upload-accepted', id: 'dry' },
    );
    expect(checked).toMatchObject({ phase: 'running', mode: 'dry-run', jobId: 'dry' });
    expect(canImport(checked)).toBe(false);

    const done = run(checked, { type: 'job-finished', id: 'dry', status: 'done' });
    expect(done).toMatchObject({ phase: 'finished', checkedId: 'dry' });
    expect(canImport(done)).toBe(true);

    const importing = run(
      done,
      { type: 'upload-started', mode: 'import' },
      { type: 'upload-accepted', id: 'real' },
    );
    expect(importing).toMatchObject({ phase: 'running', mode: 'import', jobId: 'real' });
    expect(canImport(importing)).toBe(false);
    expect(run(importing, { type: 'job-finished', id: 'real', status: 'done' })).toMatchObject({
      phase: 'finished',
      mode: 'import',
    });
  });

  it('does not import a file that was not dry-run first, nor after a dry run that failed', () => {
    const chosen = run(initialImportFlow, { type: 'file-chosen', file: csv });
    expect(run(chosen, { type: 'upload-started', mode: 'import' })).toBe(chosen);
    const failed = run(
      chosen,
      { type: 'upload-started', mode: 'dry-run' },
      { type: 'upload-accepted', id: 'dry' },
      { type: 'job-finished', id: 'dry', status: 'failed' },
    );
    expect(failed.phase).toBe('finished');
    expect(canImport(failed)).toBe(false);
  });

  it('starts over when another file or encoding is chosen', () => {
    const done = run(
      initialImportFlow,
      { type: 'file-chosen', file: csv },
      { type: 'upload-started', mode: 'dry-run' },
      { type: 'upload-accepted', id: 'dry' },
      { type: 'job-finished', id: 'dry', status: 'done' },
    );
    const recoded = run(done, { type: 'encoding-chosen', encoding: 'windows-1256' });
    expect(recoded).toMatchObject({ phase: 'idle', checkedId: null, file: csv });
    expect(recoded.encoding).toBe('windows-1256');
    const other = new File(['x'], 'other.csv');
    expect(run(done, { type: 'file-chosen', file: other })).toMatchObject({
      phase: 'idle',
      checkedId: null,
      file: other,
    });
  });

  it('keeps the API’s reasons when it refuses the file, and ignores news of old jobs', () => {
    const refused = run(
      initialImportFlow,
      { type: 'file-chosen', file: csv },
      { type: 'upload-started', mode: 'dry-run' },
      { type: 'upload-refused', problems: [{ text: 'the header has no column "name"' }] },
    );
    expect(refused).toMatchObject({
      phase: 'refused',
      problems: [{ text: 'the header has no column "name"' }],
    });
    const running = run(
      refused,
      { type: 'upload-started', mode: 'dry-run' },
      { type: 'upload-accepted', id: 'new' },
    );
    expect(run(running, { type: 'job-finished', id: 'old', status: 'done' })).toBe(running);
  });

  it('refuses other kinds of file and files over 50 MB before uploading them', () => {
    expect(checkFile(new File(['x'], 'members.pdf'))).toEqual([{ key: 'imports.wrongType' }]);
    const huge = new File(['x'], 'members.xlsx');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 + 1 });
    expect(checkFile(huge)).toEqual([{ key: 'imports.tooLarge' }]);
    const state = run(initialImportFlow, { type: 'file-chosen', file: huge });
    expect(state.phase).toBe('refused');
    expect(run(state, { type: 'upload-started', mode: 'dry-run' })).toBe(state);
  });

  it('turns the status endpoint’s progress into a percentage', () => {
    expect(progressPercent(undefined)).toBe(0);
    expect(progressPercent(status({ status: 'queued' }))).toBe(0);
    expect(progressPercent(status({ progress: { done: 1000, total: 3000 } }))).toBe(33);
    expect(progressPercent(status({ progress: { done: 3000, total: 3000 } }))).toBe(100);
    expect(progressPercent(status({ status: 'done', progress: { done: 0, total: 0 } }))).toBe(100);
  });
});
