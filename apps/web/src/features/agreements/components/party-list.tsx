import { COUNTRIES, type Country } from '@jcc/contracts';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';

import { useLabels } from '@/lib/labels';
import type { PartyValue } from '../lib/agreement-form';
import { useAgreementsText } from '../lib/use-agreements-text';

/** The parties: firms named by the source (fixed) and, for staff, institutions by name and country. */
export function PartyList({
  parties,
  onChange,
  allowInstitutions,
  error,
}: {
  parties: PartyValue[];
  onChange: (parties: PartyValue[]) => void;
  allowInstitutions: boolean;
  error?: string | null;
}) {
  const { ta } = useAgreementsText();
  const { label } = useLabels();
  const [name, setName] = useState('');
  const [country, setCountry] = useState<Country>('PK');
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {ta('form.parties')}
        </Title>
        {parties.map((party, index) => (
          <Group
            key={`${party.companyId ?? party.name}-${index}`}
            justify="space-between"
            wrap="nowrap"
          >
            <Text size="sm" data-testid="form-party">
              {party.name} ({label('country', party.country)})
            </Text>
            {!party.fixed && (
              <ActionIcon
                variant="subtle"
                color="red.9"
                aria-label={ta('form.removeParty', { name: party.name })}
                onClick={() => onChange(parties.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        {allowInstitutions && (
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={ta('form.institution')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={200}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Select
              label={ta('form.country')}
              data={COUNTRIES.map((code) => ({ value: code, label: label('country', code) }))}
              value={country}
              onChange={(value) => setCountry(value ?? 'PK')}
              allowDeselect={false}
              w={160}
            />
            <Button
              variant="light"
              disabled={!name.trim()}
              onClick={() => {
                onChange([
                  ...parties,
                  { companyId: null, name: name.trim(), country, fixed: false },
                ]);
                setName('');
              }}
            >
              {ta('form.addInstitution')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
