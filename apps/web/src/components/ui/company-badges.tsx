import type { Country, VerificationStatus } from '@jcc/contracts';
import { Badge } from '@mantine/core';

import { useLabels } from '@/lib/labels';

export function CountryBadge({ country }: { country: Country }) {
  const { label } = useLabels();
  return (
    <Badge variant="outline" color="gray.7" c="#2b3035" radius="sm" tt="none">
      {label('country', country)}
    </Badge>
  );
}

/** Light badges with dark text: Mantine's light variant alone is too pale to read (WCAG AA). */
export const TONES = {
  good: { color: 'teal', c: '#0a5c45' },
  waiting: { color: 'yellow', c: '#5c3d00' },
  bad: { color: 'red', c: '#a11010' },
  neutral: { color: 'gray', c: '#3d4349' },
} as const;

const VERIFICATION_TONES: Record<VerificationStatus, (typeof TONES)[keyof typeof TONES]> = {
  verified: TONES.good,
  pending: TONES.waiting,
  rejected: TONES.bad,
};

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { label } = useLabels();
  return (
    <Badge variant="light" {...VERIFICATION_TONES[status]} radius="sm" tt="none">
      {label('verification', status)}
    </Badge>
  );
}
