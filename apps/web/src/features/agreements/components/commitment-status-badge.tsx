import type { CommitmentStatus } from '@jcc/contracts';
import { Badge } from '@mantine/core';

import { useAgreementsText } from '../lib/use-agreements-text';

const COLORS: Record<CommitmentStatus, string> = {
  open: 'gray.8',
  in_progress: 'blue.9',
  done: 'green.9',
  dropped: 'dark.4',
};

export function CommitmentStatusBadge({
  status,
  overdue,
}: {
  status: CommitmentStatus;
  overdue: boolean;
}) {
  const { ta } = useAgreementsText();
  return (
    <>
      {/* The light variant ignores the shade for its text: set it, or grey text fails AA. */}
      <Badge
        color={COLORS[status]}
        c={COLORS[status]}
        variant="light"
        data-testid="commitment-status"
      >
        {ta(`status.${status}`)}
      </Badge>
      {overdue && (
        <Badge color="red.9" variant="filled">
          {ta('commitment.overdue')}
        </Badge>
      )}
    </>
  );
}
