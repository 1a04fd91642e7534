import type { CompanyResponse, Country } from '@jcc/contracts';
import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { CompanySummaryView } from '@/components/ui/company-summary';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useCompanies, type DirectoryFilters as Filters } from '../api/get-companies';
import { DirectoryFilters, type DirectoryParams } from './directory-filters';

function readParams(params: URLSearchParams): DirectoryParams {
  return {
    q: params.get('q') ?? '',
    country: params.get('country') ?? '',
    sector: params.get('sector') ?? '',
    hs: params.get('hs') ?? '',
    partnershipType: params.get('partnershipType') ?? '',
    verified: params.get('verified') === 'true',
  };
}

function toQuery(value: DirectoryParams): Filters {
  return {
    ...(value.q.trim() ? { q: value.q.trim() } : {}),
    ...(value.country ? { country: value.country as Country } : {}),
    ...(value.sector ? { sector: [value.sector] } : {}),
    ...(value.hs ? { hs: [value.hs] } : {}),
    ...(value.partnershipType ? { partnershipType: [value.partnershipType] } : {}),
    ...(value.verified ? { verified: true } : {}),
  };
}

function CompanyCard({ company }: { company: CompanyResponse }) {
  return (
    <Paper withBorder radius="md" p="md" component="article" data-testid="company-card">
      <Stack gap="xs">
        <CompanySummaryView company={company} headingLevel={2} />
        {company.description && (
          <Text size="sm" c="dimmed" lineClamp={3} dir="auto">
            {company.description}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const value = readParams(params);
  const companies = useCompanies(toQuery(value));
  const items = companies.data?.pages.flatMap((page) => page.items) ?? [];

  const change = (key: keyof DirectoryParams, next: string | boolean) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === '' || next === false) {
          updated.delete(key);
        } else {
          updated.set(key, String(next));
        }
        return updated;
      },
      { replace: key === 'q' },
    );

  return (
    <Stack>
      <PageTitle>{t('directory.title')}</PageTitle>
      <Text c="dimmed">{t('directory.intro')}</Text>
      <DirectoryFilters value={value} onChange={change} />
      {companies.isPending && <LoadingState />}
      {companies.isError && (
        <ErrorState error={companies.error} onRetry={() => void companies.refetch()} />
      )}
      {companies.isSuccess && items.length === 0 && (
        <EmptyState title={t('directory.empty')}>{t('directory.emptyHint')}</EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} aria-live="polite">
        {items.map((company) => (
          <CompanyCard key={company.id} company={company} />
        ))}
      </SimpleGrid>
      {companies.hasNextPage && (
        <Button
          variant="default"
          loading={companies.isFetchingNextPage}
          onClick={() => void companies.fetchNextPage()}
        >
          {t('action.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
