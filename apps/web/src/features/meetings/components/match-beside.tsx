import type { MeetingRequestResponse } from '@jcc/contracts';
import { Badge, List, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { describeReason } from '@/lib/describe-reason';
import { useLabels } from '@/lib/labels';

/** The pair's match score and its reasons, shown beside a request. */
export function MatchBeside({ match }: { match: MeetingRequestResponse['match'] }) {
  const { t } = useTranslation('meetings');
  const { t: common } = useTranslation();
  const labels = useLabels();
  if (!match) {
    return (
      <Badge variant="outline" color="gray.8" size="sm">
        {t('match.none')}
      </Badge>
    );
  }
  return (
    <Stack gap={4} data-testid="match">
      <Badge variant="light" size="sm" w="fit-content">
        {t('match.score', { score: match.score })}
      </Badge>
      {match.reasons.length > 0 && (
        <List size="xs" spacing={2}>
          {match.reasons.slice(0, 3).map((reason, index) => (
            <List.Item key={`${reason.code}-${index}`}>
              {describeReason(common, labels, reason)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
