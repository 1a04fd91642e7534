import type { CompanyResponse } from '@jcc/contracts';
import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-error';
import { toFormErrors } from '@/lib/api-messages';
import { useUpdateCompany } from '../api/update-company';
import { useProfileForm } from '../hooks/use-profile-form';
import { fromCompany, toUpdateBody } from '../lib/profile-rules';
import { ProfileAbout, ProfileBasics } from './profile-basics';
import { ProfilePartnership, ProfileProducts, ProfileSectors } from './profile-trade';

const SECTIONS = [
  ['basics', ProfileBasics],
  ['sectors', ProfileSectors],
  ['products', ProfileProducts],
  ['partnership', ProfilePartnership],
  ['about', ProfileAbout],
] as const;

/** The whole profile on one page; only changed fields are sent. */
export function ProfileEditor({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation();
  const initial = fromCompany(company);
  const form = useProfileForm(initial);
  const update = useUpdateCompany(company.id);

  const save = form.onSubmit((values) => {
    const body = toUpdateBody(initial, values);
    if (Object.keys(body).length === 0) {
      notifications.show({ message: t('profile.noChanges') });
      return;
    }
    update.mutate(body, {
      onSuccess: (saved) => {
        form.resetDirty(fromCompany(saved));
        notifications.show({ color: 'teal', message: t('profile.saved') });
      },
      onError: (error) => {
        if (isApiError(error)) {
          form.setErrors(toFormErrors(t, error.fieldErrors));
        }
      },
    });
  });

  return (
    <form noValidate onSubmit={save}>
      <Stack>
        {company.verification === 'verified' && (
          <Alert color="blue" variant="light">
            {t('profile.identityReview')}
          </Alert>
        )}
        {SECTIONS.map(([key, Section]) => (
          <Paper
            key={key}
            withBorder
            radius="md"
            p={{ base: 'sm', sm: 'lg' }}
            component="section"
            aria-labelledby={`section-${key}`}
          >
            <Title order={2} size="h4" mb="sm" id={`section-${key}`}>
              {t(`wizard.${key}`)}
            </Title>
            <Section form={form} countryLocked />
          </Paper>
        ))}
        {update.isError && !(isApiError(update.error) && update.error.fieldErrors.length > 0) && (
          <Alert color="red" role="alert">
            {t('error.generic')}
          </Alert>
        )}
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
          <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
            {t('profile.discard')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
