import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/lib/session';
import { useCompany } from '../api/get-company-name';
import { useCreateAgreement } from '../api/create-agreement';
import { sourceFromParams, toCreateBody, type PartyValue } from '../lib/agreement-form';
import { useAgreementsText } from '../lib/use-agreements-text';
import { AgreementForm } from './agreement-form';

/**
 * "Record agreement", reached from a conversation, a match or a meeting (the link names the
 * source and its firms), or by staff for institutions.
 */
export function NewAgreementPage() {
  const { ta, ready } = useAgreementsText();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { source, withCompanyIds } = sourceFromParams(params);
  const staff = user?.role === 'staff' || user?.role === 'admin';
  const ownId = staff ? null : (user?.companyId ?? null);
  const firmIds = [
    ...new Set([ownId, ...withCompanyIds].filter((id): id is string => Boolean(id))),
  ];
  const first = useCompany(firmIds[0] ?? null);
  const second = useCompany(firmIds[1] ?? null);
  const create = useCreateAgreement();

  if (!ready || (firmIds[0] && first.isPending) || (firmIds[1] && second.isPending)) {
    return <LoadingState />;
  }
  const failed = [first, second].find((query) => query.isError);
  if (failed) {
    return <ErrorState error={failed.error} />;
  }
  const parties: PartyValue[] = [first.data, second.data]
    .filter((company) => company !== undefined)
    .map((company) => ({
      companyId: company.id,
      name: company.name,
      country: company.country,
      fixed: true,
    }));
  const needsCounterpart = !staff && parties.length < 2;

  return (
    <Stack>
      <Anchor component={Link} to="/agreements" size="sm">
        {ta('detail.back')}
      </Anchor>
      <PageTitle>{ta('form.heading')}</PageTitle>
      {source.kind !== 'other' && (
        <Text c="dimmed" data-testid="form-source">
          {ta('form.fromSource', { source: ta(`source.${source.kind}`) })}
        </Text>
      )}
      {needsCounterpart ? (
        <Alert color="blue" variant="light" c="dark.8">
          {ta('form.startFromSource')}{' '}
          <Anchor component={Link} to="/messages">
            {ta('form.toMessages')}
          </Anchor>
        </Alert>
      ) : (
        <AgreementForm
          initialParties={parties}
          allowInstitutions={staff && source.kind === 'other'}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values, chosen) =>
            create.mutate(toCreateBody(values, chosen, source), {
              onSuccess: (agreement) => void navigate(`/agreements/${agreement.id}`),
            })
          }
        />
      )}
    </Stack>
  );
}
