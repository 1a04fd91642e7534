import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { setImmediate as nextTick } from 'node:timers/promises';
import { IMPORT_LIMITS } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { ImportBatchWriter } from './import-batch-writer';
import { ImportsRepository, type ProgressStep } from './imports.repository';
import { FileProblem, type FileFormat } from './parsing/file-format';
import type { TextEncoding } from './parsing/decode-text';
import { readTable } from './parsing/read-table';
import { mapHeader } from './parsing/header';
import { DuplicateTracker } from './rows/duplicate-tracker';
import { prepareRow, type PreparedRow } from './rows/prepare-row';

export interface ImportJob {
  importId: string;
  dryRun: boolean;
  file: Buffer;
  format: FileFormat;
  encoding: TextEncoding;
  actor: AuthUser;
}

/** An import untouched this long was left by a process that stopped (see failAbandoned). */
const ABANDONED_AFTER_MINUTES = 10;

/**
 * Runs imports in the background, one at a time per process, in the order they were uploaded.
 * The file lives in this process' memory until its job ends; the database holds the status,
 * progress and outcome of every row, which any process can answer GET /api/imports/:id from.
 */
@Injectable()
export class ImportJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ImportJobs.name);
  private readonly queue: ImportJob[] = [];
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly imports: ImportsRepository,
    private readonly writer: ImportBatchWriter,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.imports.failAbandoned(ABANDONED_AFTER_MINUTES);
    if (failed > 0) {
      this.logger.warn(`${failed} import(s) interrupted by a restart were marked failed`);
    }
  }

  /** Lets the batch in flight commit, then marks what is left as interrupted. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  enqueue(job: ImportJob): void {
    this.queue.push(job);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    for (let job = this.queue.shift(); job; job = this.queue.shift()) {
      await this.run(job);
    }
  }

  private async run(job: ImportJob): Promise<void> {
    if (this.stopping) {
      await this.imports.finish(
        job.importId,
        'failed',
        'The server stopped before this import started; upload the file again',
      );
      return;
    }
    try {
      const table = await readTable(job.file, job.format, job.encoding);
      job.file = Buffer.alloc(0); // the rows are parsed; let the upload go
      if (table.rows.length > IMPORT_LIMITS.maxRows) {
        throw new FileProblem(
          `The file has ${table.rows.length} rows; at most ${IMPORT_LIMITS.maxRows} are imported at once: split it`,
        );
      }
      const columns = mapHeader(table.header);
      if (!(await this.imports.start(job.importId, table.rows.length))) {
        return;
      }
      const tracker = new DuplicateTracker();
      const batchJob = { importId: job.importId, dryRun: job.dryRun, actorUserId: job.actor.id };
      const totals: ProgressStep = { done: 0, created: 0, matched: 0, failed: 0 };
      for (let start = 0; start < table.rows.length; start += IMPORT_LIMITS.batchSize) {
        if (this.stopping) {
          await this.finish(
            job,
            'failed',
            totals,
            'The server stopped during this import; upload the file again: rows already imported will be matched, not duplicated',
          );
          return;
        }
        const batch: PreparedRow[] = [];
        for (const row of table.rows.slice(start, start + IMPORT_LIMITS.batchSize)) {
          batch.push(withinFileCheck(await prepareRow(row, columns), tracker));
        }
        const step = await this.writer.write(batchJob, batch);
        totals.done += step.done;
        totals.created += step.created;
        totals.matched += step.matched;
        totals.failed += step.failed;
        await nextTick(); // let status polls and other requests in between batches
      }
      await this.finish(job, 'done', totals, null);
    } catch (error) {
      const message =
        error instanceof FileProblem
          ? error.messages.join(' ')
          : 'The import stopped on an unexpected error; rows already imported stay and will be matched if the file is uploaded again';
      if (!(error instanceof FileProblem)) {
        this.logger.error(error instanceof Error ? error.stack : String(error));
      }
      await this.finish(job, 'failed', null, message);
    }
  }

  private async finish(
    job: ImportJob,
    status: 'done' | 'failed',
    totals: ProgressStep | null,
    error: string | null,
  ): Promise<void> {
    await this.imports.finish(job.importId, status, error);
    if (job.dryRun) {
      return; // a dry run changes nothing, so there is nothing to account for
    }
    await this.audit.record(job.actor, {
      action: 'import.run',
      target: { type: 'import', id: job.importId },
      after: { status, ...(totals ?? {}), error },
    });
  }
}

function withinFileCheck(row: PreparedRow, tracker: DuplicateTracker): PreparedRow {
  if (!row.ok) {
    return row;
  }
  const duplicate = tracker.check(row.number, row.firm);
  return duplicate
    ? { number: row.number, ok: false, name: row.firm.name, errors: [duplicate] }
    : row;
}
