import type { MatchReason } from '@jcc/contracts';
import type { TFunction } from 'i18next';

import type { TaxonomyKind } from '@/lib/labels';

export interface ReasonLabels {
  label: (kind: TaxonomyKind, code: string) => string;
  list: (kind: TaxonomyKind, codes: readonly string[]) => string;
}

const MAX_NAMED = 4;

/** "Cotton, Other made up textile articles and 3 more" */
function names(
  t: TFunction,
  labels: ReasonLabels,
  kind: TaxonomyKind,
  codes: readonly string[],
): string {
  if (codes.length <= MAX_NAMED) {
    return labels.list(kind, codes);
  }
  const named = codes
    .slice(0, MAX_NAMED)
    .map((code) => labels.label(kind, code))
    .join(', ');
  return t('reason.andMore', { items: named, count: codes.length - MAX_NAMED });
}

/**
 * A match reason in plain words of the current language, from its code and parameters. `side`
 * `them` says a reason of the partner's side ("why you fit them"): the same codes, seen from the
 * other firm, in the `reasonForThem` texts.
 */
export function describeReason(
  t: TFunction,
  labels: ReasonLabels,
  reason: MatchReason,
  side: 'you' | 'them' = 'you',
): string {
  const texts = side === 'you' ? 'reason' : 'reasonForThem';
  switch (reason.code) {
    case 'offers_what_you_seek':
    case 'seeks_what_you_offer':
      return t(`${texts}.${reason.code}`, { items: names(t, labels, 'hs', reason.params.hs) });
    case 'shared_sector':
    case 'joint_venture_interest':
      return t(`${texts}.${reason.code}`, {
        items: names(t, labels, 'sector', reason.params.sectors),
      });
    case 'common_language':
      return t(`${texts}.common_language`, {
        items: labels.list('language', reason.params.languages),
      });
    case 'compatible_partnership':
      return t(`${texts}.compatible_partnership`, {
        items: reason.params.pairs
          .map(([yours, theirs]) =>
            t(`${texts}.pair`, {
              yours: labels.label('partnership', yours),
              theirs: labels.label('partnership', theirs),
            }),
          )
          .join('; '),
      });
    case 'size_fit':
      return t(`${texts}.size_fit`, {
        viewer: labels.label('size', reason.params.viewer),
        candidate: labels.label('size', reason.params.candidate),
      });
    case 'interpreter_may_be_needed':
    case 'verified':
      return t(`${texts}.${reason.code}`);
  }
}
