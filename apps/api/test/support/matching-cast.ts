import { bearer, createMember, createUserWithRole, registerUser, type Member } from './factories';
import type { TestApp } from './test-app';

/**
 * The firms of the matching specs, on a database of their own. The PK textile exporter looks for
 * AZ partners: textile importers and distributors, a textile joint venture; the rest are there to
 * be ranked below them (other sectors), or never shown (same country, rejected).
 */
export interface MatchingCast {
  staffToken: string;
  /** A member account that has not registered a company. */
  loneToken: string;
  pkExporter: Member;
  /** Another PK firm: its member must not see the exporter's matches. */
  pkImporter: Member;
  azImporter: Member;
  azJointVenture: Member;
  /** A textile importer still waiting for review: never matched. */
  azPending: Member;
  azRejected: Member;
  azEnergy: Member;
  azFood: Member;
}

const textileExporter = {
  sectors: ['textiles'],
  offersHs: ['52', '61', '63'],
  seeksHs: [],
  partnershipTypes: ['export', 'joint_venture'],
  jvSectors: ['textiles'],
  languages: ['en', 'ur'],
  sizeBand: 'medium',
};
const textileImporter = {
  sectors: ['textiles'],
  offersHs: [],
  seeksHs: ['61', '63'],
  partnershipTypes: ['import', 'distribution'],
  jvSectors: [],
  languages: ['az', 'ru', 'en'],
  sizeBand: 'medium',
};

export async function createMatchingCast(t: TestApp): Promise<MatchingCast> {
  const staffToken = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
  const review = async (member: Member, status: 'verified' | 'rejected') => {
    await t.http
      .post(`/api/companies/${member.company.id}/verification`)
      .set(bearer(staffToken))
      .send({ status, note: status === 'rejected' ? 'The certificate does not match.' : undefined })
      .expect(200);
  };
  const cast: MatchingCast = {
    staffToken,
    loneToken: (await registerUser(t.http)).accessToken,
    pkExporter: await createMember(t.http, 'PK', {
      name: 'Faisalabad Home Textiles',
      ...textileExporter,
    }),
    pkImporter: await createMember(t.http, 'PK', {
      name: 'Karachi Yarn Traders',
      ...textileImporter,
      languages: ['en'],
    }),
    azImporter: await createMember(t.http, 'AZ', {
      name: 'Bakı Tekstil Ticarət',
      ...textileImporter,
    }),
    azJointVenture: await createMember(t.http, 'AZ', {
      name: 'Gəncə Toxuculuq',
      sectors: ['textiles'],
      offersHs: [],
      seeksHs: [],
      partnershipTypes: ['joint_venture'],
      jvSectors: ['textiles'],
      languages: ['az', 'en'],
      sizeBand: 'medium',
    }),
    azPending: await createMember(t.http, 'AZ', { name: 'Sumqayıt Geyim', ...textileImporter }),
    azRejected: await createMember(t.http, 'AZ', { name: 'Xəyali Tekstil', ...textileImporter }),
    azEnergy: await createMember(t.http, 'AZ', {
      name: 'Abşeron Enerji',
      sectors: ['energy'],
      offersHs: ['27'],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      languages: ['az', 'ru'],
      sizeBand: 'large',
    }),
    azFood: await createMember(t.http, 'AZ', {
      name: 'Lənkəran Qida',
      sectors: ['food'],
      offersHs: [],
      seeksHs: ['10'],
      partnershipTypes: ['import'],
      jvSectors: [],
      languages: ['az', 'en'],
      sizeBand: 'small',
    }),
  };
  for (const member of [
    cast.pkExporter,
    cast.pkImporter,
    cast.azImporter,
    cast.azJointVenture,
    cast.azEnergy,
    cast.azFood,
  ]) {
    await review(member, 'verified');
  }
  await review(cast.azRejected, 'rejected');
  return cast;
}
