import {
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  type CompanySummary,
  type PartnershipType,
  type SectorCode,
} from '@jcc/contracts';
import { Button, Group, NativeSelect, Stack, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useLabels } from '@/lib/labels';
import { useMatches, type MatchFilters } from '../api/get-matches';
import { useMatchFeedback } from '../api/send-match-feedback';
import { MatchCard } from './match-card';

const MIN_SCORES = ['0', '40', '60', '80'] as const;
/**
 * More than a phone's first screen shows: below the page's title, its tabs and filters (and the
 * firm's banner, the opportunities that fit) there is room for a card or two. The first render
 * draws these, the rest a frame later.
 */
const FIRST_SCREEN = 2;

/**
 * How many cards to render: the first screen's at once, all of them once that has painted. On a
 * phone each card costs its share of the first render (twenty were about 0.4 s of a throttled
 * CPU), and those below the fold can wait a frame.
 */
function useFirstScreenFirst(total: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all || total <= FIRST_SCREEN) {
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setAll(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [all, total]);
  return all ? total : Math.min(total, FIRST_SCREEN);
}

function useFilters(): [MatchFilters, (key: string, value: string) => void, boolean] {
  const [params, setParams] = useSearchParams();
  const filters: MatchFilters = {
    sector: (params.get('sector') as SectorCode | null) ?? undefined,
    partnershipType: (params.get('partnershipType') as PartnershipType | null) ?? undefined,
    minScore: Number(params.get('minScore')) || undefined,
  };
  const set = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value && value !== '0') {
        next.set(key, value);
      } else {
        next.delete(key);
      }
      return next;
    });
  return [filters, set, params.get('tab') === 'saved'];
}

export function MatchesDashboard({
  renderActions,
}: {
  renderActions?: (company: CompanySummary) => ReactNode;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [filters, setFilter, savedTab] = useFilters();
  const matches = useMatches(savedTab ? { ...filters, saved: true } : filters);
  const saved = useMatches({ saved: true });
  const feedback = useMatchFeedback();
  const savedIds = useMemo(
    () => new Set(saved.data?.pages.flatMap((page) => page.items.map((match) => match.company.id))),
    [saved.data],
  );
  const items = matches.data?.pages.flatMap((page) => page.items) ?? [];
  const shown = useFirstScreenFirst(items.length);

  const dismiss = (company: CompanySummary) => {
    feedback.mutate({ companyId: company.id, action: 'dismiss' });
    const id = `dismissed-${company.id}`;
    // The toasts' module is not part of the page's first load (app/provider.tsx renders them).
    void import('@mantine/notifications').then(({ notifications }) =>
      notifications.show({
        id,
        message: (
          <Group gap="xs" justify="space-between">
            <Text size="sm">{t('matches.dismissed', { name: company.name })}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                feedback.mutate({ companyId: company.id, action: 'undo' });
                notifications.hide(id);
              }}
            >
              {t('matches.undo')}
            </Button>
          </Group>
        ),
      }),
    );
  };

  return (
    <Stack>
      <PageTitle>{t('matches.title')}</PageTitle>
      <Tabs
        value={savedTab ? 'saved' : 'all'}
        onChange={(value) => setFilter('tab', value === 'saved' ? 'saved' : '')}
      >
        <Tabs.List>
          <Tabs.Tab value="all">{t('matches.suggested')}</Tabs.Tab>
          <Tabs.Tab value="saved">{t('matches.savedTab')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('filters.sector')}
          value={filters.sector ?? ''}
          onChange={(event) => setFilter('sector', event.currentTarget.value)}
          data={[
            { value: '', label: t('filters.any') },
            ...SECTOR_CODES.map((code) => ({ value: code, label: label('sector', code) })),
          ]}
        />
        <NativeSelect
          label={t('filters.partnershipType')}
          value={filters.partnershipType ?? ''}
          onChange={(event) => setFilter('partnershipType', event.currentTarget.value)}
          data={[
            { value: '', label: t('filters.any') },
            ...PARTNERSHIP_TYPES.map((code) => ({
              value: code,
              label: label('partnership', code),
            })),
          ]}
        />
        <NativeSelect
          label={t('filters.minScore')}
          value={String(filters.minScore ?? 0)}
          onChange={(event) => setFilter('minScore', event.currentTarget.value)}
          data={MIN_SCORES.map((score) => ({
            value: score,
            label: score === '0' ? t('filters.any') : `${score}+`,
          }))}
        />
      </Group>
      {/* The cards' firm names are h3: this h2 names the list for a screen reader's outline. */}
      <VisuallyHidden component="h2">
        {t(savedTab ? 'matches.savedTab' : 'matches.suggested')}
      </VisuallyHidden>
      {matches.isPending && <LoadingState label={t('matches.loading')} />}
      {matches.isError && (
        <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
      )}
      {matches.isSuccess && items.length === 0 && (
        <EmptyState title={t(savedTab ? 'matches.emptySaved' : 'matches.empty')}>
          {t(savedTab ? 'matches.emptySavedHint' : 'matches.emptyHint')}
        </EmptyState>
      )}
      {items.slice(0, shown).map((match) => (
        <MatchCard
          key={match.company.id}
          match={match}
          saved={savedTab || savedIds.has(match.company.id)}
          onSave={() => feedback.mutate({ companyId: match.company.id, action: 'save' })}
          onUnsave={() => feedback.mutate({ companyId: match.company.id, action: 'undo' })}
          onDismiss={() => dismiss(match.company)}
          actions={renderActions?.(match.company)}
        />
      ))}
      {matches.hasNextPage && (
        <Button
          variant="default"
          loading={matches.isFetchingNextPage}
          onClick={() => void matches.fetchNextPage()}
        >
          {t('action.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
