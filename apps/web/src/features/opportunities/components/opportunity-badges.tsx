import type { OpportunityKind, OpportunityStatus } from '@jcc/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { STATUS_TONES } from '../lib/opportunity-tones';

export function KindBadge({ kind }: { kind: OpportunityKind }) {
  const { t } = useTranslation('opportunities');
  return (
    <Badge variant="filled" color="jcc.8" tt="none" radius="sm">
      {t(`kind.${kind}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation('opportunities');
  return (
    <Badge {...STATUS_TONES[status]} variant="light" tt="none" data-testid="opportunity-status">
      {t(`status.${status}`)}
    </Badge>
  );
}
