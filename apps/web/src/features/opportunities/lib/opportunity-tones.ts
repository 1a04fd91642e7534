import type { OpportunityStatus } from '@jcc/contracts';

import { TONES } from '@/components/ui/company-badges';

/** One colour per state, readable on light backgrounds (company-badges' TONES). */
export const STATUS_TONES: Record<OpportunityStatus, (typeof TONES)[keyof typeof TONES]> = {
  draft: TONES.neutral,
  submitted: TONES.waiting,
  published: TONES.good,
  refused: TONES.bad,
  closed: TONES.neutral,
  expired: TONES.neutral,
};
