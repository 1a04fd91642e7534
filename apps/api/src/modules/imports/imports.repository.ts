import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { FieldError, ImportRowOutcome } from '@jcc/contracts';
import { ImportEntity } from './import.entity';

export interface RowOutcome {
  row: number;
  outcome: ImportRowOutcome;
  companyId: string | null;
  matchedBy: 'registrationNumber' | 'nameAndCity' | null;
  name: string | null;
  errors: FieldError[] | null;
}

export interface ProgressStep {
  done: number;
  created: number;
  matched: number;
  failed: number;
}

/** Imports and their per-row outcomes. */
@Injectable()
export class ImportsRepository {
  constructor(
    @InjectRepository(ImportEntity) private readonly imports: Repository<ImportEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  create(
    entry: Pick<ImportEntity, 'createdByUserId' | 'fileName' | 'format' | 'dryRun'>,
  ): Promise<ImportEntity> {
    return this.imports.save(this.imports.create({ ...entry, status: 'queued' }));
  }

  findById(id: string): Promise<ImportEntity | null> {
    return this.imports.findOneBy({ id });
  }

  /** Moves a queued import to running; false when it is no longer queued (another process or a sweep). */
  async start(id: string, total: number): Promise<boolean> {
    const result = await this.imports
      .createQueryBuilder()
      .update()
      .set({ status: 'running', total })
      .where(`id = :id AND status = 'queued'`, { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async finish(id: string, status: 'done' | 'failed', error: string | null = null): Promise<void> {
    await this.imports.update({ id }, { status, error, finishedAt: new Date() });
  }

  /** Committed with the batch it counts, so progress never runs ahead of the rows written. */
  async addProgress(id: string, step: ProgressStep): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE imports SET done = done + $2, created_count = created_count + $3,
         matched_count = matched_count + $4, failed_count = failed_count + $5, updated_at = now()
       WHERE id = $1`,
      [id, step.done, step.created, step.matched, step.failed],
    );
  }

  async insertOutcomes(importId: string, outcomes: readonly RowOutcome[]): Promise<void> {
    if (outcomes.length === 0) {
      return;
    }
    await this.txHost.tx.query(
      `INSERT INTO import_rows (import_id, row_number, outcome, company_id, matched_by, name, errors)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::jsonb[])`,
      [
        importId,
        outcomes.map((outcome) => outcome.row),
        outcomes.map((outcome) => outcome.outcome),
        outcomes.map((outcome) => outcome.companyId),
        outcomes.map((outcome) => outcome.matchedBy),
        outcomes.map((outcome) => outcome.name),
        outcomes.map((outcome) => (outcome.errors ? JSON.stringify(outcome.errors) : null)),
      ],
    );
  }

  async listOutcomes(
    importId: string,
    filter: { outcome?: ImportRowOutcome; afterRow?: number },
    limit: number,
  ): Promise<RowOutcome[]> {
    const rows = await this.imports.manager.query<
      {
        row_number: number;
        outcome: ImportRowOutcome;
        company_id: string | null;
        matched_by: RowOutcome['matchedBy'];
        name: string | null;
        errors: FieldError[] | null;
      }[]
    >(
      `SELECT row_number, outcome, company_id, matched_by, name, errors FROM import_rows
       WHERE import_id = $1 AND ($2::text IS NULL OR outcome = $2) AND row_number > $3
       ORDER BY row_number LIMIT $4`,
      [importId, filter.outcome ?? null, filter.afterRow ?? 0, limit],
    );
    return rows.map((row) => ({
      row: row.row_number,
      outcome: row.outcome,
      companyId: row.company_id,
      matchedBy: row.matched_by,
      name: row.name,
      errors: row.errors,
    }));
  }

  async list(
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<{ entry: ImportEntity; at: string }[]> {
    const query = this.imports
      .createQueryBuilder('i')
      .addSelect('i.created_at::text', 'sort_at')
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit);
    if (after) {
      query.where('(i.created_at, i.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', after);
    }
    const { entities, raw } = await query.getRawAndEntities<{ sort_at: string }>();
    return entities.map((entry, index) => ({ entry, at: raw[index].sort_at }));
  }

  /**
   * Imports left queued or running by a process that stopped: their file was only in that
   * process' memory, so they can never finish. Any still moving updates updated_at every batch.
   */
  async failAbandoned(olderThanMinutes: number): Promise<number> {
    const result = await this.imports.manager.query<[unknown[], number]>(
      `UPDATE imports SET status = 'failed', finished_at = now(),
         error = 'Interrupted by a server restart. Upload the file again: rows already imported will be matched, not duplicated.'
       WHERE status IN ('queued', 'running') AND updated_at < now() - make_interval(mins => $1)`,
      [olderThanMinutes],
    );
    return result[1];
  }
}
