import type { PartnershipType } from '@jcc/contracts';

/**
 * Which partnership type of a candidate answers each type a viewer is looking for. The relation
 * is symmetric (checked by a spec), so a pair that fits one way fits the other and every type
 * has at least one partner type:
 *
 * | viewer              | fits a candidate offering               | why                          |
 * |---------------------|-----------------------------------------|------------------------------|
 * | export              | import, distribution                    | someone must buy or resell   |
 * | import              | export                                  | someone must sell            |
 * | distribution        | export                                  | a distributor needs brands   |
 * | investing           | investment_seeking                      | capital meets a project      |
 * | investment_seeking  | investing                               |                              |
 * | licensing           | licensing, technology_transfer          | IP either way, same contract |
 * | technology_transfer | technology_transfer, licensing          |                              |
 * | outsourcing         | outsourcing                             | one lists the work, one does |
 * | joint_venture       | joint_venture                           | both must want one           |
 */
export const PARTNERSHIP_COMPATIBILITY: Readonly<
  Record<PartnershipType, readonly PartnershipType[]>
> = {
  export: ['import', 'distribution'],
  import: ['export'],
  distribution: ['export'],
  investing: ['investment_seeking'],
  investment_seeking: ['investing'],
  licensing: ['licensing', 'technology_transfer'],
  technology_transfer: ['technology_transfer', 'licensing'],
  outsourcing: ['outsourcing'],
  joint_venture: ['joint_venture'],
};

export function arePartnershipTypesCompatible(
  viewerType: PartnershipType,
  candidateType: PartnershipType,
): boolean {
  return PARTNERSHIP_COMPATIBILITY[viewerType].includes(candidateType);
}
