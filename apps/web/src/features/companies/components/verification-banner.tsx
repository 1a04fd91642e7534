import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useCompany } from '../api/get-company';

/** Tells a firm that chamber staff have not verified it yet (or why they rejected it). */
export function VerificationBanner({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const company = useCompany(companyId);
  const status = company.data?.verification;
  if (!status || status === 'verified') {
    return null;
  }
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
      {status === 'rejected' && company.data?.verificationNote && (
        <Text size="sm" mt={4}>
          “{company.data.verificationNote}”
        </Text>
      )}
      <Anchor component={Link} to="/profile" size="sm">
        {t('verificationBanner.edit')}
      </Anchor>
    </Alert>
  );
}
