import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFilters {
  actorUserId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

/** The sort key of an audit page: newest first; ids break ties within one instant. */
export interface AuditKey {
  at: string;
  id: string;
}

export interface AuditRow {
  entry: AuditEntryEntity;
  key: AuditKey;
}

@Injectable()
export class AuditRepository {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Inserts through the caller's transaction, so an action and its entry commit together. */
  async insert(entry: Omit<AuditEntryEntity, 'id' | 'at'>): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO audit_log (actor_user_id, actor_email, action, target_type, target_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorUserId,
        entry.actorEmail,
        entry.action,
        entry.targetType,
        entry.targetId,
        toJson(entry.before),
        toJson(entry.after),
      ],
    );
  }

  async list(filters: AuditFilters, after: AuditKey | null, limit: number): Promise<AuditRow[]> {
    const query = this.entries
      .createQueryBuilder('a')
      // at as text keeps its microseconds, which a JS Date would drop.
      .addSelect('a.at::text', 'sort_at')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    if (filters.actorUserId) {
      query.andWhere('a.actor_user_id = :actor', { actor: filters.actorUserId });
    }
    if (filters.action) {
      // "company" finds company.verify, company.reject, …; a full action name finds itself.
      query.andWhere('(a.action = :action OR a.action LIKE :prefix)', {
        action: filters.action,
        prefix: `${filters.action}.%`,
      });
    }
    if (filters.from) {
      query.andWhere('a.at >= :from', { from: filters.from });
    }
    if (filters.to) {
      query.andWhere('a.at < :to', { to: filters.to });
    }
    if (after) {
      query.andWhere('(a.at, a.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS bigint))', {
        afterAt: after.at,
        afterId: after.id,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ sort_at: string }>();
    return entities.map((entry, index) => ({
      entry,
      key: { at: raw[index].sort_at, id: entry.id },
    }));
  }
}

/** jsonb parameters travel as JSON text; null stays SQL NULL. */
function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
