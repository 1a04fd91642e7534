import type { ImportFailure, ImportRowResponse, ImportStatusResponse } from '@jcc/contracts';
import type { ImportEntity } from './import.entity';
import type { RowOutcome } from './imports.repository';

export function toImportStatus(entry: ImportEntity, failed: RowOutcome[]): ImportStatusResponse {
  return {
    id: entry.id,
    status: entry.status,
    dryRun: entry.dryRun,
    fileName: entry.fileName,
    format: entry.format,
    progress: { done: entry.done, total: entry.total },
    created: entry.createdCount,
    matched: entry.matchedCount,
    failed: failed.map((outcome): ImportFailure => ({
      row: outcome.row,
      errors: outcome.errors ?? [],
    })),
    failedCount: entry.failedCount,
    error: entry.error,
    createdAt: entry.createdAt.toISOString(),
    finishedAt: entry.finishedAt?.toISOString() ?? null,
  };
}

export function toImportRow(outcome: RowOutcome): ImportRowResponse {
  return {
    row: outcome.row,
    outcome: outcome.outcome,
    name: outcome.name,
    companyId: outcome.companyId,
    matchedBy: outcome.matchedBy,
    errors: outcome.errors ?? [],
  };
}
