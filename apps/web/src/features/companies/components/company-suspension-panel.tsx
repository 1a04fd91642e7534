import type { CompanyResponse } from '@jcc/contracts';
import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { toFormErrors } from '@/lib/api-messages';
import { isApiError } from '@/lib/api-error';
import { useFormatters } from '@/lib/labels';
import { useCompanySuspension } from '../api/company-suspension';

/**
 * Staff suspend a firm (it leaves the directory and matches, its people are signed out and cannot
 * sign in; they read the reason) or reinstate it as verified as it was.
 */
export function CompanySuspensionPanel({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const format = useFormatters();
  const { suspend, reinstate } = useCompanySuspension(company.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const suspension = company.suspension;
  const fieldError =
    suspend.error && isApiError(suspend.error, 400)
      ? toFormErrors(tc, suspend.error.fieldErrors).reason
      : undefined;
  const failure =
    (suspend.error && !isApiError(suspend.error, 400)) || reinstate.error
      ? tc('error.generic')
      : null;

  if (suspension) {
    return (
      <Alert color="orange" title={t('suspension.suspended')} data-testid="company-suspended">
        <Stack gap="xs">
          <Text size="sm" dir="auto">
            {t('suspension.since', { date: format.date(suspension.at) })} — {suspension.reason}
          </Text>
          {failure && <Text c="red">{failure}</Text>}
          <Button
            size="xs"
            variant="white"
            color="orange"
            loading={reinstate.isPending}
            onClick={() => reinstate.mutate()}
            data-testid="reinstate-firm"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('suspension.reinstate')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (!open) {
    return (
      <Button
        size="xs"
        variant="outline"
        color="red"
        onClick={() => setOpen(true)}
        data-testid="suspend-firm"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('suspension.suspend')}
      </Button>
    );
  }
  return (
    <Paper withBorder radius="md" p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          suspend.mutate(reason.trim(), {
            onSuccess: () => {
              setOpen(false);
              setReason('');
            },
          });
        }}
      >
        <Stack gap="xs">
          <Text size="sm">{t('suspension.explain')}</Text>
          <Textarea
            label={t('suspension.reason')}
            description={t('suspension.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldError}
            required
            minLength={3}
            maxLength={500}
            autosize
            minRows={2}
            data-testid="suspension-reason"
          />
          {failure && <Text c="red">{failure}</Text>}
          <Group>
            <Button
              type="submit"
              color="red"
              size="xs"
              loading={suspend.isPending}
              data-testid="suspension-confirm"
            >
              {t('suspension.confirm')}
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setOpen(false)}>
              {tc('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
