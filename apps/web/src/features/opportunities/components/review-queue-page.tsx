import { OPPORTUNITY_LIMITS, type OpportunityResponse } from '@jcc/contracts';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useReviewQueue } from '../api/get-review-queue';
import { useReviewOpportunity } from '../api/review-opportunity';
import { OpportunityCard } from './opportunity-card';

const { min, max } = OPPORTUNITY_LIMITS.refusalReason;

function ReviewActions({ opportunity }: { opportunity: OpportunityResponse }) {
  const { t } = useTranslation('opportunities');
  const review = useReviewOpportunity();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const shortReason = reason.trim().length < min;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="xs"
          /* teal.8 under white xs text is 3.9:1; teal.9 passes AA. */
          color="teal.9"
          loading={review.isPending && review.variables.decision === 'publish'}
          onClick={() => review.mutate({ id: opportunity.id, decision: 'publish' })}
        >
          {t('review.publish')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setRefusing((on) => !on)}>
          {t('review.refuse')}
        </Button>
      </Group>
      {refusing && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!shortReason) {
              review.mutate({ id: opportunity.id, decision: 'refuse', reason: reason.trim() });
            }
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('review.reason')}
              description={t('review.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={max}
              autosize
              minRows={2}
              required
              dir="auto"
            />
            <Button type="submit" size="xs" color="red.9" disabled={shortReason}>
              {t('review.confirmRefuse')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** Staff: submitted opportunities, longest waiting first, published or refused with a reason. */
export function ReviewQueuePage() {
  const { t } = useTranslation('opportunities');
  const queue = useReviewQueue();
  return (
    <>
      <PageTitle>{t('review.title')}</PageTitle>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState title={t('review.empty')}>{t('review.emptyHint')}</EmptyState>
      ) : (
        <Stack>
          {queue.data.items.map((opportunity) => (
            <OpportunityCard key={opportunity.id} opportunity={opportunity} showStatus>
              <ReviewActions opportunity={opportunity} />
            </OpportunityCard>
          ))}
        </Stack>
      )}
    </>
  );
}
