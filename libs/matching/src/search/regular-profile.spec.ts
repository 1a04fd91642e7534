import type { MatchProfile } from '../match-profile';
import { buildProfile } from '../testing';
import { isRegularProfile } from './regular-profile';

const regular = buildProfile({
  id: 'r',
  sectors: ['textiles'],
  jvSectors: ['energy'],
  offersHs: ['52', '01'],
  seeksHs: ['97'],
  partnershipTypes: ['export', 'joint_venture'],
  languages: ['en', 'az'],
  sizeBand: 'large',
});

describe('isRegularProfile', () => {
  it('accepts a profile of known codes, and empty lists', () => {
    expect(isRegularProfile(regular)).toBe(true);
    expect(isRegularProfile(buildProfile({ id: 'empty' }))).toBe(true);
  });

  // One unknown code in one field makes the whole profile irregular.
  it.each<[string, Partial<MatchProfile>]>([
    ['an unknown sector', { sectors: ['textiles', 'alchemy' as never] }],
    ['an unknown JV sector', { jvSectors: ['alchemy' as never] }],
    ['an unknown offered chapter', { offersHs: ['52', '98'] }],
    ['an unpadded offered chapter', { offersHs: ['1'] }],
    ['an unknown sought chapter', { seeksHs: ['00'] }],
    ['an unknown partnership type', { partnershipTypes: ['export', 'barter' as never] }],
    ['an unknown language', { languages: ['en', 'xx' as never] }],
    ['an unknown size band', { sizeBand: 'huge' as never }],
  ])('refuses %s', (_case, change) => {
    expect(isRegularProfile({ ...regular, ...change })).toBe(false);
  });
});
