import type { CompanyResponse } from '@jcc/contracts';
import { Alert, Button, Group, Paper, Stepper } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-error';
import { toFormErrors } from '@/lib/api-messages';
import { useCreateCompany } from '../api/create-company';
import { useProfileForm } from '../hooks/use-profile-form';
import {
  EMPTY_PROFILE,
  PROFILE_STEPS,
  stepOf,
  toCreateBody,
  type ProfileValues,
} from '../lib/profile-rules';
import { clearDraft, loadDraft, saveDraft } from '../lib/wizard-draft';
import { ProfileAbout, ProfileBasics } from './profile-basics';
import { ProfilePartnership, ProfileProducts, ProfileSectors } from './profile-trade';

const STEP_KEYS = ['basics', 'sectors', 'products', 'partnership', 'about'] as const;

/**
 * Five short steps; each checks its own fields before the next one opens. With `draftFor` (the
 * user's id) the answers and the step are kept as a draft on this device while the person types,
 * so leaving and coming back loses nothing.
 */
export function ProfileWizard({
  onCreated,
  initialValues = EMPTY_PROFILE,
  draftFor,
}: {
  onCreated: (company: CompanyResponse) => void;
  initialValues?: ProfileValues;
  draftFor?: string;
}) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('firstweek');
  const [draft] = useState(() => (draftFor ? loadDraft(draftFor) : null));
  const [active, setActive] = useState(draft?.step ?? 0);
  const form = useProfileForm(draft?.values ?? initialValues);
  // The form's values object is mutated in place: its text is what changes from one answer to
  // the next.
  const serialized = JSON.stringify(form.getValues());
  useEffect(() => {
    if (draftFor) {
      saveDraft(draftFor, { values: JSON.parse(serialized) as ProfileValues, step: active });
    }
  }, [draftFor, serialized, active]);
  const create = useCreateCompany();
  const last = PROFILE_STEPS.length - 1;

  const stepIsValid = (step: number) =>
    PROFILE_STEPS[step]
      .map((field) => form.validateField(field).hasError)
      .every((hasError) => !hasError);

  const next = () => {
    if (stepIsValid(active)) {
      setActive((current) => Math.min(current + 1, last));
      window.scrollTo({ top: 0 });
    }
  };

  const submit = () => {
    const invalid = PROFILE_STEPS.findIndex((_, step) => !stepIsValid(step));
    if (invalid !== -1) {
      setActive(invalid);
      return;
    }
    create.mutate(toCreateBody(form.getValues()), {
      onSuccess: (company) => {
        if (draftFor) {
          clearDraft(draftFor);
        }
        onCreated(company);
      },
      onError: (error) => {
        if (isApiError(error, 400) || isApiError(error, 409)) {
          const errors = toFormErrors(t, error.fieldErrors);
          form.setErrors(errors);
          const first = Object.keys(errors)[0];
          if (first) {
            setActive(stepOf(first));
          }
        }
      },
    });
  };

  const failure =
    create.error && !(isApiError(create.error) && create.error.fieldErrors.length > 0)
      ? t(isApiError(create.error, 409) ? 'profile.alreadyHasCompany' : 'error.generic')
      : null;

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (active === last) {
            submit();
          } else {
            next();
          }
        }}
      >
        {draft && (
          <Alert color="blue" variant="light" c="dark.8" mb="md" data-testid="draft-restored">
            {tf('wizard.draftRestored')}
          </Alert>
        )}
        <Stepper
          active={active}
          onStepClick={(step) => step < active && setActive(step)}
          size="sm"
          allowNextStepsSelect={false}
        >
          {STEP_KEYS.map((key, step) => (
            <Stepper.Step key={key} label={t(`wizard.${key}`)} description={t(`wizard.${key}Hint`)}>
              {step === 0 && <ProfileBasics form={form} />}
              {step === 1 && <ProfileSectors form={form} />}
              {step === 2 && <ProfileProducts form={form} />}
              {step === 3 && <ProfilePartnership form={form} />}
              {step === 4 && <ProfileAbout form={form} />}
            </Stepper.Step>
          ))}
        </Stepper>
        {failure && (
          <Alert color="red" role="alert" mt="md">
            {failure}
          </Alert>
        )}
        <Group justify="space-between" mt="xl">
          <Button
            variant="default"
            onClick={() => setActive((current) => Math.max(current - 1, 0))}
            disabled={active === 0}
          >
            {t('wizard.back')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="wizard-next">
            {active === last ? t('wizard.finish') : t('wizard.next')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
