import { dayStart } from '@/lib/dates';
import type { AuditFilters } from '../api/get-audit-log';

/** The audit page's filters as they stand in the address bar (dates as `YYYY-MM-DD`). */
export interface AuditParams {
  actor: string;
  action: string;
  from: string;
  to: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUserId(value: string): boolean {
  return UUID.test(value.trim());
}

/**
 * The API's query: `from` the start of the first day, `to` the start of the day after the last
 * (the API's `to` is exclusive, a person's "to" includes the day). Invalid values are left out.
 */
export function toAuditQuery(params: AuditParams): AuditFilters {
  const from = dayStart(params.from);
  const to = dayStart(params.to, 1);
  return {
    ...(isUserId(params.actor) ? { actor: params.actor.trim() } : {}),
    ...(params.action ? { action: params.action } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
