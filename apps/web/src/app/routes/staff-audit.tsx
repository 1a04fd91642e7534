import { AuditLogPage } from '@/features/audit/components/audit-log-page';

export function StaffAuditRoute() {
  return <AuditLogPage />;
}
