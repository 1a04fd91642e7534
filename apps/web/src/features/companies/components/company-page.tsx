import type { CompanyResponse } from '@jcc/contracts';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { CountryBadge, VerificationBadge } from '@/components/ui/company-badges';
import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useFormatters, useLabels, type TaxonomyKind } from '@/lib/labels';
import { useCurrentUser } from '@/lib/session';
import { useCompany } from '../api/get-company';
import { CompanySuspensionPanel } from './company-suspension-panel';

function Codes({
  title,
  kind,
  codes,
  hs,
}: {
  title: string;
  kind: TaxonomyKind;
  codes: string[];
  hs?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <div>
      <Title order={2} size="h5" mb={6}>
        {title}
      </Title>
      {codes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('company.none')}
        </Text>
      ) : (
        <Group gap={6}>
          {codes.map((code) => (
            <Badge
              key={code}
              variant="light"
              color="gray"
              c="#2b3035"
              tt="none"
              radius="sm"
              size="lg"
              fw={500}
            >
              {hs ? labels.hs(code) : labels.label(kind, code)}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}

function CompanyDetails({ company, actions }: { company: CompanyResponse; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('firstweek');
  const viewer = useCurrentUser();
  const own = viewer?.companyId === company.id;
  // The API tells staff about a suspension (null or set); others never see the field.
  const staff = viewer?.role === 'staff' || viewer?.role === 'admin';
  const { label } = useLabels();
  const format = useFormatters();
  return (
    <Stack>
      <div>
        {/* The heading follows the page's direction; the name inside is isolated. */}
        <PageTitle mb={4} isolate>
          {company.name}
        </PageTitle>
        <Group gap="xs">
          <CountryBadge country={company.country} />
          <VerificationBadge status={company.verification} />
          {company.isDemo && (
            <Badge color="gray" variant="outline" data-testid="demo-badge">
              {t('company.demo')}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {company.city} · {label('size', company.sizeBand)}
            {company.foundedYear ? ` · ${t('company.founded', { year: company.foundedYear })}` : ''}
          </Text>
        </Group>
      </div>
      {staff && <CompanySuspensionPanel company={company} />}
      {actions && <Group>{actions}</Group>}
      <Paper withBorder radius="md" p="lg">
        <Stack>
          {company.description ? (
            <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
              {company.description}
            </Text>
          ) : (
            <Text c="dimmed">{t('company.noDescription')}</Text>
          )}
          {company.website && (
            <Anchor href={company.website} target="_blank" rel="noopener noreferrer" dir="ltr">
              {company.website}
            </Anchor>
          )}
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Codes title={t('profile.sectors')} kind="sector" codes={company.sectors} />
        <Codes
          title={t('profile.partnershipTypes')}
          kind="partnership"
          codes={company.partnershipTypes}
        />
        {/* "Products you offer" on your own profile; another firm's are theirs. */}
        <Codes
          title={own ? t('profile.offersHs') : tf('theirProducts.offers')}
          kind="hs"
          codes={company.offersHs}
          hs
        />
        <Codes
          title={own ? t('profile.seeksHs') : tf('theirProducts.seeks')}
          kind="hs"
          codes={company.seeksHs}
          hs
        />
        {company.jvSectors.length > 0 && (
          <Codes title={t('profile.jvSectors')} kind="sector" codes={company.jvSectors} />
        )}
        <Codes title={t('profile.languages')} kind="language" codes={company.languages} />
      </SimpleGrid>
      {company.certifications.length > 0 && (
        <div>
          <Title order={2} size="h5" mb={6}>
            {t('profile.certifications')}
          </Title>
          <Text size="sm">{company.certifications.join(' · ')}</Text>
        </div>
      )}
      {company.registrationNumber && (
        <Text size="sm" c="dimmed">
          {t('profile.registrationNumber')}: <span dir="ltr">{company.registrationNumber}</span>
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('company.updated', { date: format.date(company.updatedAt) })}
      </Text>
    </Stack>
  );
}

export function CompanyPage({
  companyId,
  renderActions,
}: {
  companyId: string;
  renderActions?: (company: CompanyResponse) => ReactNode;
}) {
  const company = useCompany(companyId);
  if (company.isPending) {
    return <LoadingState />;
  }
  if (company.isError) {
    return <ErrorState error={company.error} onRetry={() => void company.refetch()} />;
  }
  return <CompanyDetails company={company.data} actions={renderActions?.(company.data)} />;
}
