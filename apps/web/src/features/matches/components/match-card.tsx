import type { MatchResponse } from '@jcc/contracts';
import {
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { CompanySummaryView } from '@/components/ui/company-summary';
import { RecordAgreementLink } from '@/components/ui/record-agreement-link';
import { ScoreRing } from '@/components/ui/score-ring';
import { useLabels } from '@/lib/labels';
import { describeReason } from '../lib/describe-reason';

export function MatchCard({
  match,
  saved,
  onSave,
  onUnsave,
  onDismiss,
  actions,
}: {
  match: MatchResponse;
  saved: boolean;
  onSave: () => void;
  onUnsave: () => void;
  onDismiss: () => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const color = match.score >= 70 ? 'teal.8' : match.score >= 45 ? 'yellow.8' : 'gray.7';
  return (
    <Paper withBorder p="md" radius="md" component="article" data-testid="match-card">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ScoreRing
          size={76}
          thickness={7}
          value={match.score}
          color={color}
          label={
            <>
              <Text ta="center" fw={700} size="lg" aria-hidden data-testid="match-score">
                {match.score}
              </Text>
              <VisuallyHidden>{t('matches.scoreLabel', { score: match.score })}</VisuallyHidden>
            </>
          }
        />
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <CompanySummaryView
            company={match.company}
            extra={
              match.mutual && (
                <Tooltip label={t('matches.mutualHint')} multiline w={240}>
                  <Badge color="jcc" variant="filled" tt="none" data-testid="mutual-badge">
                    {t('matches.mutual')}
                  </Badge>
                </Tooltip>
              )
            }
          />
          <div>
            <Text size="sm" fw={600}>
              {t('matches.why')}
            </Text>
            <List size="sm" spacing={2} data-testid="match-reasons">
              {match.reasons.map((reason) => (
                <List.Item key={reason.code}>{describeReason(t, labels, reason)}</List.Item>
              ))}
            </List>
          </div>
          {match.reasonsForThem.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                {t('matches.whyForThem')}
              </Text>
              <List size="sm" spacing={2} data-testid="match-reasons-for-them">
                {match.reasonsForThem.map((reason) => (
                  <List.Item key={reason.code}>
                    {describeReason(t, labels, reason, 'them')}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          <Group gap="xs">
            {saved ? (
              <Button size="xs" variant="light" onClick={onUnsave} aria-pressed>
                {t('matches.saved')}
              </Button>
            ) : (
              <Button size="xs" variant="light" onClick={onSave} aria-pressed={false}>
                {t('matches.save')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={onDismiss}>
              {t('matches.dismiss')}
            </Button>
            {actions}
            <RecordAgreementLink
              source="match"
              refId={match.company.id}
              withCompanyIds={[match.company.id]}
            />
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
