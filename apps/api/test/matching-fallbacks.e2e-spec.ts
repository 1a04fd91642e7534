import type { MatchProfile } from '@jcc/matching';
import { createUserWithRole } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import { bruteForce, insertFirm, loadFirms, type Firm } from './support/matching-fixtures';
import type { TestApp } from './support/test-app';

/*
 * When the SQL score cannot be trusted — a firm with codes the database does not know, a stored
 * profile out of step with its firm — the answer is still brute force's, only found slower.
 */
describe('matching: exact even where the SQL score is not', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIsolatedTestApp();
  });
  afterAll(() => t.close());

  it('answers right even when a stored profile disagrees with the firm: it scores every firm then', async () => {
    const viewer = await insertFirm(t.db, {
      country: 'PK',
      sectors: ['food'],
      offersHs: ['10'],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      sizeBand: 'small',
      languages: ['en'],
      verification: 'verified',
    });
    const partner = await insertFirm(t.db, {
      country: 'AZ',
      sectors: ['food'],
      offersHs: [],
      seeksHs: ['10'],
      partnershipTypes: ['import'],
      jvSectors: [],
      sizeBand: 'small',
      languages: ['en'],
      verification: 'verified',
    });
    // A hand edit behind the trigger's back: the SQL now scores the partner as unverified.
    await t.db.query('UPDATE match_profiles SET verified = false WHERE company_id = $1', [
      partner.id,
    ]);
    const staff = await createUserWithRole(t.http, t.db, 'staff');
    const response = await t.http
      .get(`/api/companies/${viewer.id}/matches?limit=100`)
      .set('Authorization', `Bearer ${staff.accessToken}`)
      .expect(200);
    expect(response.body.items).toEqual(bruteForce(viewer, await loadFirms(t.db), { limit: 100 }));
    expect(response.body.items[0].company.id).toBe(partner.id);
  });

  it('marks firms with codes it does not know, scores them with the library, and ranks exactly', async () => {
    const viewer = await insertFirm(t.db, {
      country: 'AZ',
      sectors: ['textiles', 'food'],
      offersHs: [],
      seeksHs: ['52', '61'],
      partnershipTypes: ['import', 'distribution'],
      jvSectors: [],
      sizeBand: 'medium',
      languages: ['az', 'en'],
      verification: 'verified',
    });
    const odd = [
      { sectors: ['textiles', 'mining'] },
      { offersHs: ['52', '98'] },
      { languages: ['en', 'xx'] },
      { sizeBand: 'huge' },
    ];
    const irregular: Firm[] = [];
    for (const fields of odd) {
      irregular.push(
        await insertFirm(t.db, {
          country: 'PK',
          sectors: ['textiles'],
          offersHs: ['52'],
          seeksHs: [],
          partnershipTypes: ['export'],
          jvSectors: [],
          sizeBand: 'small',
          languages: ['en'],
          verification: 'verified',
          ...fields,
        } as Omit<MatchProfile, 'id'>),
      );
    }
    const stored = await t.db.query<{ regular: boolean }[]>(
      'SELECT regular FROM match_profiles WHERE company_id = ANY ($1::uuid[])',
      [irregular.map((firm) => firm.id)],
    );
    expect(stored).toEqual(irregular.map(() => ({ regular: false })));
    const staff = await createUserWithRole(t.http, t.db, 'staff');
    const response = await t.http
      .get(`/api/companies/${viewer.id}/matches?limit=100`)
      .set('Authorization', `Bearer ${staff.accessToken}`)
      .expect(200);
    expect(response.body.items).toEqual(bruteForce(viewer, await loadFirms(t.db), { limit: 100 }));

    // A viewer the SQL cannot encode is answered by scoring every firm with the library.
    const oddViewer = await insertFirm(t.db, { ...viewer, languages: ['az', 'xx'] } as Omit<
      MatchProfile,
      'id'
    >);
    const oddResponse = await t.http
      .get(`/api/companies/${oddViewer.id}/matches?limit=100`)
      .set('Authorization', `Bearer ${staff.accessToken}`)
      .expect(200);
    expect(oddResponse.body.items).toEqual(
      bruteForce(oddViewer, await loadFirms(t.db), { limit: 100 }),
    );
  });
});
