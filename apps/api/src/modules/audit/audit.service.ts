import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEntry, JsonValue, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { InvalidInputError } from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import { toAuditEntry } from './audit.mapper';
import { AuditRepository, type AuditKey } from './audit.repository';
import type { ListAuditQuery } from './dto/list-audit.query';

export interface AuditRecord {
  action: AuditAction;
  target: { type: string; id: string };
  before?: JsonValue | null;
  after?: JsonValue | null;
}

/** Writes and reads the append-only log of staff actions. Other features call `record`. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Call inside the transaction of the action itself: both commit, or neither does. */
  async record(actor: AuthUser | null, entry: AuditRecord): Promise<void> {
    await this.audit.insert({
      actorUserId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }

  async list(query: ListAuditQuery): Promise<Page<AuditEntry>> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from >= to) {
      throw InvalidInputError.field('to', 'to must be after from');
    }
    const after: AuditKey | null = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.integer })
      : null;
    return keysetPage(
      query,
      (limit) =>
        this.audit.list({ actorUserId: query.actor, action: query.action, from, to }, after, limit),
      {
        items: (rows) => rows.map((row) => toAuditEntry(row.entry)),
        key: (row) => ({ ...row.key }),
      },
    );
  }
}
