import type { CompanyResponse } from '@jcc/contracts';
import { Alert, Anchor, CloseButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useCompany } from '../api/get-company';

const seenKey = (companyId: string) => `jcc.verifiedSeen.${companyId}`;

function readSeen(companyId: string): string | null {
  try {
    return localStorage.getItem(seenKey(companyId));
  } catch {
    return null;
  }
}

/** Staff's words to the firm, quoted, when they wrote any. */
function StaffNote({ note }: { note: string | null | undefined }) {
  const { t } = useTranslation('firstweek');
  if (!note) {
    return null;
  }
  return (
    <Text size="sm" mt={4} c="dark.8" data-testid="verification-note">
      {t('verification.staffNote')} “<bdi>{note}</bdi>”
    </Text>
  );
}

/**
 * Tells a firm where its verification stands: waiting (with staff's reason when an earlier
 * decision declined it), declined and why, or — once, until dismissed — that it is verified now,
 * with staff's note.
 */
export function VerificationBanner({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const company = useCompany(companyId);
  const status = company.data?.verification;
  if (!company.data || !status) {
    return null;
  }
  if (status === 'verified') {
    return <VerifiedNotice company={company.data} />;
  }
  const decision = company.data.lastDecision;
  const note =
    status === 'rejected'
      ? (decision?.note ?? company.data.verificationNote)
      : decision?.status === 'rejected'
        ? decision.note
        : null;
  return (
    <Alert
      color={status === 'pending' ? 'yellow' : 'red'}
      variant="light"
      styles={{ title: { color: status === 'pending' ? '#5c3d00' : '#a11010' } }}
      title={t(`verificationBanner.${status}Title`)}
      data-testid="verification-banner"
      mb="md"
    >
      <Text size="sm" c="dark.8">
        {t(`verificationBanner.${status}Text`)}
      </Text>
      <StaffNote note={note} />
      <Anchor component={Link} to="/profile" size="sm">
        {t('verificationBanner.edit')}
      </Anchor>
    </Alert>
  );
}

function VerifiedNotice({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation('firstweek');
  const decision = company.lastDecision;
  const [seen, setSeen] = useState(() => readSeen(company.id));
  if (!decision || decision.status !== 'verified' || seen === decision.at) {
    return null;
  }
  const dismiss = () => {
    try {
      localStorage.setItem(seenKey(company.id), decision.at);
    } catch {
      // Private mode: the notice simply shows again next time.
    }
    setSeen(decision.at);
  };
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      mb="md"
      data-testid="verified-banner"
      styles={{ title: { color: '#0b5d4b' } }}
      title={t('verification.verifiedTitle')}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dark.8">
            {t('verification.verifiedText')}
          </Text>
          <StaffNote note={decision.note} />
        </div>
        <CloseButton
          aria-label={t('verification.dismiss')}
          onClick={dismiss}
          data-testid="verified-banner-dismiss"
        />
      </Group>
    </Alert>
  );
}
