import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import type { FieldError } from '@jcc/contracts';
import { CompaniesService } from '../companies/companies.service';
import type { NewCompanyRow } from '../companies/company-bulk-insert';
import { profileSnapshot, type CompanyReviewRecord } from '../companies/company-review';
import { ImportsRepository, type ProgressStep, type RowOutcome } from './imports.repository';
import { MemberWritesRepository } from './member-writes.repository';
import type { ImportedFirm, PreparedRow } from './rows/prepare-row';

export interface BatchJob {
  importId: string;
  dryRun: boolean;
  actorUserId: string;
}

const IMPORT_NOTE = 'Imported from the chamber member list';
const UNIQUE_VIOLATION = '23505';

/**
 * Writes one batch of prepared rows: the firms it creates, their contacts, the outcome of every
 * row and the progress, all in one transaction, so a batch is in the database whole or not at
 * all. If the database refuses the batch (a row it will not take), the batch is split in halves
 * until the refused row stands alone: it is reported, nothing of it is written, and every other
 * row goes in.
 */
@Injectable()
export class ImportBatchWriter {
  private readonly logger = new Logger(ImportBatchWriter.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly members: MemberWritesRepository,
    private readonly companies: CompaniesService,
    private readonly imports: ImportsRepository,
  ) {}

  async write(job: BatchJob, rows: readonly PreparedRow[]): Promise<ProgressStep> {
    try {
      return await this.txHost.withTransaction(() => this.writeRows(job, rows));
    } catch (error) {
      if (rows.length === 1) {
        const [row] = rows;
        this.logger.warn(
          `Import ${job.importId}: row ${row.number} refused (${(error as Error).message})`,
        );
        const refused: PreparedRow = {
          number: row.number,
          ok: false,
          name: row.ok ? row.firm.name : row.name,
          errors: refusal(error),
        };
        return this.txHost.withTransaction(() => this.writeRows(job, [refused]));
      }
    }
    // Halve until the refused rows are alone: a few transactions per refused row, not one per row.
    const middle = Math.ceil(rows.length / 2);
    const first = await this.write(job, rows.slice(0, middle));
    const second = await this.write(job, rows.slice(middle));
    return {
      done: first.done + second.done,
      created: first.created + second.created,
      matched: first.matched + second.matched,
      failed: first.failed + second.failed,
    };
  }

  /** Inside the batch's transaction: every repository below writes through it. */
  private async writeRows(job: BatchJob, rows: readonly PreparedRow[]): Promise<ProgressStep> {
    if (!job.dryRun) {
      // Serialises the match-then-insert of concurrent imports, so that two runs of one file
      // cannot both decide that a firm is new.
      await this.members.lockImports();
    }
    const valid = rows.filter((row): row is Extract<PreparedRow, { ok: true }> => row.ok);
    const matches = await this.companies.findExisting(valid.map((row) => row.firm));
    const fresh = valid.filter((_row, index) => matches[index] === null);
    const ids = job.dryRun
      ? fresh.map(() => null)
      : await this.companies.insertMany(
          fresh.map((row) => importedCompany(row.firm, job.actorUserId, new Date())),
        );
    if (!job.dryRun) {
      await this.members.insertContacts(
        fresh.flatMap((row, index) =>
          row.contact ? [{ companyId: ids[index] as string, contact: row.contact }] : [],
        ),
      );
    }
    const createdIds = new Map(fresh.map((row, index) => [row.number, ids[index]]));
    const matchByRow = new Map(valid.map((row, index) => [row.number, matches[index]]));
    const outcomes = rows.map((row): RowOutcome => {
      if (!row.ok) {
        return {
          row: row.number,
          outcome: 'failed',
          companyId: null,
          matchedBy: null,
          name: row.name,
          errors: row.errors,
        };
      }
      const match = matchByRow.get(row.number);
      return match
        ? {
            row: row.number,
            outcome: 'matched',
            companyId: match.companyId,
            matchedBy: match.matchedBy,
            name: row.firm.name,
            errors: null,
          }
        : {
            row: row.number,
            outcome: 'created',
            companyId: createdIds.get(row.number) ?? null,
            matchedBy: null,
            name: row.firm.name,
            errors: null,
          };
    });
    await this.imports.insertOutcomes(job.importId, outcomes);
    const step: ProgressStep = {
      done: rows.length,
      created: outcomes.filter((outcome) => outcome.outcome === 'created').length,
      matched: outcomes.filter((outcome) => outcome.outcome === 'matched').length,
      failed: outcomes.filter((outcome) => outcome.outcome === 'failed').length,
    };
    await this.imports.addProgress(job.importId, step);
    return step;
  }
}

/** The chamber's own members come in verified, with the import as their review. */
function importedCompany(firm: ImportedFirm, actorUserId: string, at: Date): NewCompanyRow {
  const review: CompanyReviewRecord = {
    status: 'verified',
    note: IMPORT_NOTE,
    at: at.toISOString(),
    byUserId: actorUserId,
    profile: profileSnapshot(firm),
  };
  return { ...firm, verification: 'verified', verifiedAt: at, lastReview: review };
}

/** What a row's refusal by the database tells staff; details go to the log, not to the report. */
function refusal(error: unknown): FieldError[] {
  const { code } = error as { code?: string };
  if (code === UNIQUE_VIOLATION) {
    return [
      {
        field: 'registrationNumber',
        messages: ['a firm with this registration number is already registered'],
      },
    ];
  }
  return [{ field: 'row', messages: ['the database refused this row; nothing of it was written'] }];
}
