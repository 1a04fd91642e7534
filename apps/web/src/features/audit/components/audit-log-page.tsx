import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useAuditLog } from '../api/get-audit-log';
import { toAuditQuery, type AuditParams } from '../lib/audit-params';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const value: AuditParams = {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const log = useAuditLog(toAuditQuery(value));
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  const change = (key: keyof AuditParams, next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) {
          updated.set(key, next);
        } else {
          updated.delete(key);
        }
        return updated;
      },
      { replace: key === 'actor' },
    );

  return (
    <Stack>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Text c="dimmed">{t('audit.intro')}</Text>
      <AuditFilters value={value} onChange={change} onReset={() => setParams({})} />
      {log.isPending && <LoadingState />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.isSuccess && entries.length === 0 && <EmptyState title={t('audit.empty')} />}
      {entries.length > 0 && (
        <AuditTable entries={entries} onActor={(userId) => change('actor', userId)} />
      )}
      {log.hasNextPage && (
        <Button
          variant="default"
          loading={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {t('action.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
