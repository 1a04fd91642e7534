import { SECTOR_CODES } from '@jcc/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '@/components/ui/page-states';
import { isApiError } from '@/lib/api-error';
import { useLabels } from '@/lib/labels';
import {
  apiFieldKey,
  checkAgreement,
  type AgreementValues,
  type PartyValue,
} from '../lib/agreement-form';
import { useAgreementsText } from '../lib/use-agreements-text';
import { CommitmentsFieldset } from './commitments-fieldset';
import { PartyList } from './party-list';

const EMPTY: AgreementValues = {
  title: '',
  kind: 'mou',
  signedOn: '',
  sectors: [],
  summary: '',
  documentUrl: '',
  bilateral: true,
  commitments: [],
};

/** Record an agreement: what was signed, when, by whom, and what each party committed to. */
export function AgreementForm({
  initialParties,
  allowInstitutions,
  pending,
  error,
  onSubmit,
}: {
  initialParties: PartyValue[];
  allowInstitutions: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (values: AgreementValues, parties: PartyValue[]) => void;
}) {
  const { t } = useTranslation();
  const { ta } = useAgreementsText();
  const { label } = useLabels();
  const [parties, setParties] = useState(initialParties);
  const [partiesError, setPartiesError] = useState<string | null>(null);
  const form = useForm<AgreementValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(checkAgreement(values, parties))
          .filter(([field]) => field !== 'parties')
          .map(([field, key]) => [field, ta(key)]),
      ),
  });

  // The API's field errors go back on their fields, in the current language.
  useEffect(() => {
    if (isApiError(error, 400)) {
      const fieldErrors = error.fieldErrors.map((problem) => ({
        field: problem.field,
        text: ta(apiFieldKey(problem.field, problem.messages.join(' '))),
      }));
      form.setErrors(
        Object.fromEntries(fieldErrors.map((problem) => [problem.field, problem.text])),
      );
      const onParties = fieldErrors.find(
        (problem) => problem.field.startsWith('parties') || problem.field.startsWith('source'),
      );
      setPartiesError(onParties?.text ?? null);
    }
    // `form` keeps its identity for the life of the component.
  }, [error, ta]);

  const submit = form.onSubmit((values) => {
    const partyProblem = checkAgreement(values, parties).parties;
    setPartiesError(partyProblem ? ta(partyProblem) : null);
    if (!partyProblem) {
      onSubmit(values, parties);
    }
  });
  const generalError = Boolean(error) && !(isApiError(error, 400) && error.fieldErrors.length > 0);

  return (
    <form onSubmit={submit} noValidate data-testid="agreement-form">
      <Stack>
        <TextInput
          label={ta('form.title')}
          required
          maxLength={200}
          {...form.getInputProps('title')}
        />
        <Group wrap="wrap" align="flex-end">
          <SegmentedControl
            data={[
              { value: 'mou', label: ta('kind.mou') },
              { value: 'agreement', label: ta('kind.agreement') },
            ]}
            {...form.getInputProps('kind')}
            aria-label={ta('form.kind')}
          />
          <TextInput
            type="date"
            label={ta('form.signedOn')}
            required
            {...form.getInputProps('signedOn')}
          />
        </Group>
        <MultiSelect
          label={ta('form.sectors')}
          required
          searchable
          maxValues={5}
          data={SECTOR_CODES.map((code) => ({ value: code, label: label('sector', code) }))}
          {...form.getInputProps('sectors')}
        />
        <PartyList
          parties={parties}
          onChange={setParties}
          allowInstitutions={allowInstitutions}
          error={partiesError}
        />
        <Checkbox
          label={ta('form.bilateral')}
          {...form.getInputProps('bilateral', { type: 'checkbox' })}
        />
        <Textarea
          label={ta('form.summary')}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('summary')}
        />
        <TextInput
          type="url"
          label={ta('form.documentUrl')}
          placeholder="https://"
          {...form.getInputProps('documentUrl')}
        />
        <CommitmentsFieldset form={form} parties={parties} />
        {generalError && (
          <Alert color="red" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        {isApiError(error, 400) && error.fieldErrors.length > 0 && (
          <Text c="red.9" size="sm" role="alert">
            {ta('form.fixErrors')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending} data-testid="agreement-submit">
            {ta('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
