import type { AuditEntry } from '@jcc/contracts';
import type { AuditEntryEntity } from './audit-entry.entity';

export function toAuditEntry(entry: AuditEntryEntity): AuditEntry {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    actorEmail: entry.actorEmail,
    action: entry.action,
    target: { type: entry.targetType, id: entry.targetId },
    before: entry.before,
    after: entry.after,
  };
}
