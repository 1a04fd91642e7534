import {
  DELEGATION_DIRECTIONS,
  SECTOR_CODES,
  delegationCountries,
  type DelegationResponse,
} from '@jcc/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-error';
import { toFormErrors } from '@/lib/api-messages';
import { useLabels } from '@/lib/labels';
import { delegationErrorText } from '../lib/delegation-errors';
import {
  checkDelegationField,
  DELEGATION_FIELDS,
  DELEGATION_LIMITS,
  EMPTY_DELEGATION,
  fromDelegation,
  type DelegationValues,
} from '../lib/delegation-form';

/** Create or change a delegation: title, direction, host city, dates, focus sectors, capacity. */
export function DelegationForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: DelegationResponse;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: DelegationValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const form = useForm<DelegationValues>({
    mode: 'controlled',
    initialValues: initial ? fromDelegation(initial) : EMPTY_DELEGATION,
    validateInputOnBlur: true,
    validate: Object.fromEntries(
      DELEGATION_FIELDS.map((field) => [
        field,
        (_value: unknown, values: DelegationValues) => {
          const problem = checkDelegationField(field, values);
          return problem ? t(problem.key, problem.params ?? {}) : null;
        },
      ]),
    ),
  });

  // The API's field errors go back on their fields, in the current language.
  useEffect(() => {
    if (isApiError(error, 400) && error.fieldErrors.length > 0) {
      form.setErrors(toFormErrors(t, error.fieldErrors));
    }
    // `form` keeps its identity for the life of the component.
  }, [error, t]);

  const direction = form.values.direction;
  const host = direction ? delegationCountries(direction).host : null;
  const generalError = Boolean(error) && !(isApiError(error, 400) && error.fieldErrors.length > 0);

  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate data-testid="delegation-form">
      <Stack gap="md">
        {generalError && (
          <Alert color="red" role="alert">
            {delegationErrorText(t, error)}
          </Alert>
        )}
        <TextInput
          label={t('delegations.fields.title')}
          placeholder={t('delegations.titlePlaceholder')}
          required
          maxLength={DELEGATION_LIMITS.titleMax}
          {...form.getInputProps('title')}
          data-testid="delegation-title"
        />
        <Radio.Group
          label={t('delegations.fields.direction')}
          required
          {...form.getInputProps('direction')}
        >
          <Group gap="lg" mt={6}>
            {DELEGATION_DIRECTIONS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`delegations.directions.${value}`)}
                data-testid={`direction-${value}`}
              />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t('delegations.fields.hostCity')}
          description={
            host ? t('delegations.hostCityIn', { country: label('country', host) }) : undefined
          }
          required
          maxLength={DELEGATION_LIMITS.hostCityMax}
          {...form.getInputProps('hostCity')}
          data-testid="delegation-host-city"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            type="date"
            label={t('delegations.fields.startsOn')}
            required
            {...form.getInputProps('startsOn')}
            data-testid="delegation-starts"
          />
          <TextInput
            type="date"
            label={t('delegations.fields.endsOn')}
            required
            min={form.values.startsOn || undefined}
            {...form.getInputProps('endsOn')}
            data-testid="delegation-ends"
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('delegations.fields.sectors')}
          description={t('delegations.sectorsHint', { count: DELEGATION_LIMITS.sectorsMax })}
          required
          {...form.getInputProps('sectors')}
          data-testid="delegation-sectors"
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
            {SECTOR_CODES.map((code) => (
              <Checkbox key={code} value={code} label={label('sector', code)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NumberInput
          label={t('delegations.fields.capacity')}
          description={t('delegations.capacityHint')}
          required
          min={DELEGATION_LIMITS.capacityMin}
          max={DELEGATION_LIMITS.capacityMax}
          allowDecimal={false}
          allowNegative={false}
          w={200}
          {...form.getInputProps('capacity')}
          data-testid="delegation-capacity"
        />
        <Group>
          <Button type="submit" loading={pending} data-testid="delegation-submit">
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
