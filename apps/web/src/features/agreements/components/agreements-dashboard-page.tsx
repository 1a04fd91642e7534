import { FUNNEL_STAGES } from '@jcc/contracts';
import {
  Alert,
  Button,
  Group,
  Paper,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorState, LoadingState, errorMessageKey } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useFormatters, useLabels } from '@/lib/labels';
import { useDownloadAgreementsCsv } from '../api/download-agreements-csv';
import { useAgreementsDashboard, type DashboardWindow } from '../api/get-agreements-dashboard';
import { useAgreementsText } from '../lib/use-agreements-text';
import { BarFigure } from '@/components/ui/bar-figure';
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';
import { OverdueList } from './overdue-list';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Staff's follow-up: implementation rate, overdue commitments, the funnel, CSV export. */
export function AgreementsDashboardPage() {
  const { t } = useTranslation();
  const { ta, ready, language } = useAgreementsText();
  const { label } = useLabels();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const invalid = Boolean(from && to && from >= to);
  const window: DashboardWindow = invalid
    ? {}
    : { ...(DAY.test(from) ? { from } : {}), ...(DAY.test(to) ? { to } : {}) };
  const dashboard = useAgreementsDashboard(window);
  const csv = useDownloadAgreementsCsv();
  if (!ready) {
    return <LoadingState />;
  }
  const data = dashboard.data;
  const setWindow = (next: { from: string; to: string }) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value)), {
      replace: true,
    });
  const stageColors = [
    CHART_COLORS.muted,
    CHART_COLORS.muted,
    CHART_COLORS.AZ,
    CHART_COLORS.AZ,
    CHART_COLORS.PK,
    CHART_COLORS.accent,
  ];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>{ta('dashboard.title')}</PageTitle>
          <Text c="dimmed">{ta('dashboard.intro')}</Text>
        </div>
        <Button
          variant="light"
          onClick={() => csv.mutate(window)}
          loading={csv.isPending}
          disabled={invalid}
          data-testid="agreements-csv"
        >
          {ta('dashboard.csv')}
        </Button>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={ta('dashboard.from')}
          value={from}
          onChange={(event) => setWindow({ from: event.currentTarget.value, to })}
        />
        <TextInput
          type="date"
          label={ta('dashboard.to')}
          value={to}
          onChange={(event) => setWindow({ from, to: event.currentTarget.value })}
          error={invalid ? ta('dashboard.badWindow') : undefined}
        />
      </Group>
      {csv.isError && (
        <Alert color="red" role="alert">
          {t(errorMessageKey(csv.error))}
        </Alert>
      )}
      {dashboard.isPending && <LoadingState />}
      {dashboard.isError && (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      )}
      {data && (
        <Stack
          gap="md"
          style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}
          data-testid="agreements-dashboard"
        >
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper
              withBorder
              radius="md"
              p="md"
              component="section"
              aria-labelledby="implementation-heading"
            >
              <Title order={2} size="h4" id="implementation-heading">
                {ta('dashboard.implementation')}
              </Title>
              <Group wrap="nowrap">
                <RingProgress
                  size={120}
                  thickness={12}
                  roundCaps
                  sections={[{ value: (data.implementation.rate ?? 0) * 100, color: 'green.9' }]}
                  label={
                    <Text ta="center" fw={700} data-testid="implementation-rate">
                      {data.implementation.rate === null
                        ? '—'
                        : new Intl.NumberFormat(language, { style: 'percent' }).format(
                            data.implementation.rate,
                          )}
                    </Text>
                  }
                />
                <Text size="sm">
                  {ta('dashboard.doneOfDue', {
                    done: format.number(data.implementation.done),
                    due: format.number(data.implementation.due),
                  })}
                </Text>
              </Group>
            </Paper>
            <ChartCard
              testId="agreements-funnel"
              title={ta('dashboard.funnel')}
              table={{
                caption: ta('dashboard.funnel'),
                columns: [ta('dashboard.stage'), ta('dashboard.count')],
                rows: data.funnel.map((row) => [
                  ta(`stage.${row.stage}`),
                  format.number(row.count),
                ]),
              }}
            >
              <BarFigure
                valueName={ta('dashboard.count')}
                data={FUNNEL_STAGES.map((stage, index) => ({
                  name: ta(`stage.${stage}`),
                  value: data.funnel.find((row) => row.stage === stage)?.count ?? 0,
                  color: stageColors[index],
                }))}
              />
            </ChartCard>
            <ChartCard
              testId="overdue-by-sector"
              title={ta('dashboard.bySector')}
              table={{
                caption: ta('dashboard.bySector'),
                columns: [ta('dashboard.sector'), ta('dashboard.count')],
                rows: data.overdueBySector.map((row) => [label('sector', row.sector), row.count]),
              }}
            >
              <BarFigure
                valueName={ta('dashboard.count')}
                data={data.overdueBySector.slice(0, 12).map((row) => ({
                  name: label('sector', row.sector),
                  value: row.count,
                  color: CHART_COLORS.accent,
                }))}
              />
            </ChartCard>
            <ChartCard
              testId="overdue-by-country"
              title={ta('dashboard.byCountry')}
              table={{
                caption: ta('dashboard.byCountry'),
                columns: [ta('dashboard.country'), ta('dashboard.count')],
                rows: data.overdueByCountry.map((row) => [
                  label('country', row.country),
                  row.count,
                ]),
              }}
            >
              <BarFigure
                valueName={ta('dashboard.count')}
                data={data.overdueByCountry.map((row) => ({
                  name: label('country', row.country),
                  value: row.count,
                  color: CHART_COLORS[row.country],
                }))}
              />
            </ChartCard>
          </SimpleGrid>
          <OverdueList rows={data.overdue} />
        </Stack>
      )}
    </Stack>
  );
}
