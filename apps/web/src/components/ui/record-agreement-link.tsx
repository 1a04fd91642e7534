import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * "Record agreement" from where two firms met: a conversation, a match or a meeting. The link
 * names the source and the other firm(s); the agreements feature's form reads them.
 */
export function RecordAgreementLink({
  source,
  refId,
  withCompanyIds,
}: {
  source: 'conversation' | 'match' | 'meeting';
  refId: string;
  withCompanyIds: string[];
}) {
  const { t: ta } = useTranslation('agreements');
  const params = new URLSearchParams({ source, ref: refId, with: withCompanyIds.join(',') });
  return (
    <Button
      component={Link}
      to={`/agreements/new?${params.toString()}`}
      size="xs"
      variant="light"
      data-testid="record-agreement-link"
    >
      {ta('link.record')}
    </Button>
  );
}
