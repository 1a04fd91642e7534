import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import type { AgreementValues, PartyValue } from '../lib/agreement-form';
import { useAgreementsText } from '../lib/use-agreements-text';

/** The commitments of a new agreement: what, who owns it, by when, and whether it is the first shipment. */
export function CommitmentsFieldset({
  form,
  parties,
}: {
  form: UseFormReturnType<AgreementValues>;
  parties: PartyValue[];
}) {
  const { ta } = useAgreementsText();
  const owners = parties.map((party, index) => ({ value: String(index), label: party.name }));
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {ta('form.commitments')}
        </Title>
        {form.values.commitments.map((_, index) => (
          <Paper
            key={form.key(`commitments.${index}`)}
            withBorder
            p="xs"
            radius="sm"
            data-testid="form-commitment"
          >
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-end">
                <TextInput
                  label={ta('form.commitmentTitle')}
                  style={{ flex: 1 }}
                  maxLength={200}
                  {...form.getInputProps(`commitments.${index}.title`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  aria-label={ta('form.removeCommitment')}
                  onClick={() => form.removeListItem('commitments', index)}
                  mb={4}
                >
                  ×
                </ActionIcon>
              </Group>
              <Group grow wrap="wrap" align="flex-start">
                <Select
                  label={ta('form.owner')}
                  data={owners}
                  allowDeselect={false}
                  miw={160}
                  {...form.getInputProps(`commitments.${index}.ownerParty`)}
                />
                <TextInput
                  type="date"
                  label={ta('form.dueOn')}
                  miw={160}
                  {...form.getInputProps(`commitments.${index}.dueOn`)}
                />
              </Group>
              <Checkbox
                label={ta('form.firstShipment')}
                {...form.getInputProps(`commitments.${index}.firstShipment`, { type: 'checkbox' })}
              />
            </Stack>
          </Paper>
        ))}
        <Button
          variant="light"
          onClick={() =>
            form.insertListItem('commitments', {
              title: '',
              ownerParty: '0',
              dueOn: '',
              firstShipment: false,
            })
          }
          data-testid="add-commitment"
        >
          {ta('form.addCommitment')}
        </Button>
      </Stack>
    </Paper>
  );
}
