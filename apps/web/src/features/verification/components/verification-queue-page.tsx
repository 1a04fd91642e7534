import {
  BULK_VERIFICATION_MAX,
  type BulkVerificationResponse,
  type Country,
  type EvidencePaper,
} from '@jcc/contracts';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useBulkVerify } from '../api/bulk-verify';
import { requestPapers } from '../api/request-papers';
import { useVerificationQueue, type QueueFilters as Filters } from '../api/get-verification-queue';
import { useVerifyCompany } from '../api/verify-company';
import { useSelection } from '../hooks/use-selection';
import { BulkBar } from './bulk-bar';
import { DecisionModal, type DecisionKind } from './decision-modal';
import { QueueFilters, type QueueParams } from './queue-filters';
import { QueueItem } from './queue-item';

interface Target {
  decision: DecisionKind;
  ids: string[];
  subject: string;
  bulk: boolean;
}

function toQuery(params: QueueParams): Filters {
  return {
    ...(params.country ? { country: params.country as Country } : {}),
    ...(params.sector ? { sector: [params.sector] } : {}),
  };
}

/**
 * `renderEvidence`: the app composes the documents feature in (a firm's papers beside its
 * fields); this feature does not import it.
 */
export function VerificationQueuePage({
  renderEvidence,
}: {
  renderEvidence?: (companyId: string) => ReactNode;
} = {}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const value: QueueParams = {
    country: params.get('country') ?? '',
    sector: params.get('sector') ?? '',
  };
  const queue = useVerificationQueue(toQuery(value));
  const items = useMemo(() => queue.data?.pages.flatMap((page) => page.items) ?? [], [queue.data]);
  const ids = useMemo(() => items.map((item) => item.company.id), [items]);
  const names = useMemo(
    () => new Map(items.map((item) => [item.company.id, item.company.name])),
    [items],
  );
  const selection = useSelection(ids, BULK_VERIFICATION_MAX);
  const verify = useVerifyCompany();
  const bulk = useBulkVerify();
  const [target, setTarget] = useState<Target | null>(null);
  const [bulkResult, setBulkResult] = useState<BulkVerificationResponse | null>(null);

  const change = (key: keyof QueueParams, next: string) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next) {
        updated.set(key, next);
      } else {
        updated.delete(key);
      }
      return updated;
    });

  const close = () => {
    setTarget(null);
    verify.reset();
    bulk.reset();
  };

  const submit = (note: string, papers: EvidencePaper[] = []) => {
    if (!target) {
      return;
    }
    const decision = { status: target.decision, ...(note ? { note } : {}) };
    const done = (count: number) =>
      notifications.show({
        color: 'teal',
        message: t(
          target.decision === 'verified'
            ? 'verification.verifiedToast'
            : 'verification.rejectedToast',
          { count, name: target.subject },
        ),
      });
    if (!target.bulk) {
      verify.mutate(
        { id: target.ids[0], ...decision },
        {
          onSuccess: () => {
            done(1);
            close();
            if (papers.length > 0) {
              void requestPapers(target.ids[0], { papers, ...(note ? { note } : {}) });
            }
          },
        },
      );
      return;
    }
    bulk.mutate(
      { companyIds: target.ids, ...decision },
      {
        onSuccess: (result) => {
          setBulkResult(result);
          const succeeded = result.results.filter((entry) => entry.ok).length;
          if (succeeded > 0) {
            done(succeeded);
          }
          close();
        },
      },
    );
  };

  const failures = bulkResult?.results.filter((entry) => !entry.ok) ?? [];

  return (
    <Stack>
      <PageTitle>{t('verification.title')}</PageTitle>
      <Text c="dimmed">{t('verification.intro')}</Text>
      <QueueFilters value={value} onChange={change} />
      {failures.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('verification.bulkFailed', { count: failures.length })}
          withCloseButton
          onClose={() => setBulkResult(null)}
          data-testid="bulk-failures"
        >
          <List size="sm">
            {failures.map((entry) => (
              <List.Item key={entry.companyId}>
                {names.get(entry.companyId) ?? entry.companyId}
                {!entry.ok ? ` — ${entry.error.message}` : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {items.length > 0 && (
        <BulkBar
          count={selection.count}
          coverage={selection.coverage}
          full={selection.full}
          onSetAll={selection.setAll}
          onClear={selection.clear}
          onDecide={(decision) =>
            setTarget({
              decision,
              ids: [...selection.ids],
              subject: t('verification.firms', { count: selection.count }),
              bulk: true,
            })
          }
        />
      )}
      {queue.isPending && <LoadingState />}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && items.length === 0 && (
        <EmptyState title={t('verification.empty')}>{t('verification.emptyHint')}</EmptyState>
      )}
      <Stack gap="md" data-testid="queue-list">
        {items.map((item) => (
          <QueueItem
            key={item.company.id}
            item={item}
            selected={selection.isSelected(item.company.id)}
            selectable={!selection.full || selection.isSelected(item.company.id)}
            onToggle={() => selection.toggle(item.company.id)}
            evidence={renderEvidence?.(item.company.id)}
            onDecide={(decision) =>
              setTarget({
                decision,
                ids: [item.company.id],
                subject: item.company.name,
                bulk: false,
              })
            }
          />
        ))}
      </Stack>
      {queue.hasNextPage && (
        <Button
          variant="default"
          loading={queue.isFetchingNextPage}
          onClick={() => void queue.fetchNextPage()}
          data-testid="load-more"
        >
          {t('action.loadMore')}
        </Button>
      )}
      <DecisionModal
        key={target ? `${target.decision}-${target.ids.join()}` : 'closed'}
        decision={target?.decision ?? null}
        subject={target?.subject ?? ''}
        canAskForPapers={target !== null && !target.bulk}
        onSubmit={submit}
        onClose={close}
        pending={verify.isPending || bulk.isPending}
        error={verify.error ?? bulk.error}
      />
    </Stack>
  );
}
