import type { PartnershipType } from '@jcc/contracts';

/**
 * The compatible partnership types as the product brief lists them, one way round; specs close
 * them under symmetry and compare with the library's table, so the two are written separately.
 */
export const BRIEF_PARTNERSHIP_PAIRS: readonly [PartnershipType, PartnershipType][] = [
  ['export', 'import'],
  ['investing', 'investment_seeking'],
  ['licensing', 'licensing'],
  ['licensing', 'technology_transfer'],
  ['distribution', 'export'],
  ['outsourcing', 'outsourcing'],
  ['technology_transfer', 'technology_transfer'],
  ['joint_venture', 'joint_venture'],
];

export function briefSaysCompatible(viewer: PartnershipType, candidate: PartnershipType): boolean {
  return BRIEF_PARTNERSHIP_PAIRS.some(
    ([left, right]) =>
      (left === viewer && right === candidate) || (left === candidate && right === viewer),
  );
}
