import type { MatchResponse, Page } from '@jcc/contracts';
import { Pool } from 'pg';
import { seedCompanies } from '@jcc/seed';
import { bearer, createUserWithRole } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import { bruteForce, loadFirms, type Firm } from './support/matching-fixtures';
import type { TestApp } from './support/test-app';

/*
 * The two-stage search loses nothing: on 2,000 believable firms (the seed generator), the API's
 * matches equal brute force — every firm scored by libs/matching's rankCandidates — in ids,
 * scores, order, reasons and mutual flags. The spec has a database of its own, so that "every
 * firm" is exactly the seeded ones.
 */
const FIRMS = 2000;
const VIEWERS = 50;

describe('matching recall: the search equals brute force', () => {
  let t: TestApp;
  let staffToken: string;
  let firms: Firm[];
  let viewers: Firm[];

  beforeAll(async () => {
    t = await createIsolatedTestApp();
    const pool = new Pool({ connectionString: (t.db.options as { url: string }).url, max: 2 });
    try {
      await seedCompanies(pool, FIRMS, { seed: 20_251_129, now: new Date('2025-11-29T00:00:00Z') });
    } finally {
      await pool.end();
    }
    staffToken = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    firms = (await loadFirms(t.db)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const matchable = firms.filter((firm) => firm.verification !== 'rejected');
    // Every 37th firm: spread over both countries and all kinds of profile, the same on every run.
    viewers = matchable.filter((_, index) => index % 37 === 0).slice(0, VIEWERS);
  }, 120_000);
  afterAll(() => t.close());

  const matches = async (viewer: Firm, query: string): Promise<Page<MatchResponse>> =>
    (
      await t.http
        .get(`/api/companies/${viewer.id}/matches?${query}`)
        .set(bearer(staffToken))
        .expect(200)
    ).body as Page<MatchResponse>;

  it('seeded the firms and picked viewers of both countries', () => {
    expect(firms).toHaveLength(FIRMS);
    expect(viewers).toHaveLength(VIEWERS);
    expect(new Set(viewers.map((viewer) => viewer.country))).toEqual(new Set(['PK', 'AZ']));
  });

  it(`gives the top 20 of brute force for ${VIEWERS} firms`, async () => {
    for (const viewer of viewers) {
      const page = await matches(viewer, 'limit=20');
      expect({ viewer: viewer.id, items: page.items }).toEqual({
        viewer: viewer.id,
        items: bruteForce(viewer, firms, { limit: 20 }),
      });
    }
  });

  it('gives the next pages of brute force through nextCursor', async () => {
    for (const viewer of viewers.slice(0, 10)) {
      const walked: MatchResponse[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 4; page += 1) {
        const query: string = `limit=25${cursor ? `&cursor=${cursor}` : ''}`;
        const answer = await matches(viewer, query);
        walked.push(...answer.items);
        cursor = answer.nextCursor;
        if (!cursor) {
          break;
        }
      }
      expect(walked).toEqual(bruteForce(viewer, firms, { limit: 100 }));
    }
  });

  it('filters exactly as brute force does (sector, partnership type, minimum score)', async () => {
    for (const viewer of viewers.slice(10, 20)) {
      const sector = viewer.sectors[0];
      const bySector = await matches(viewer, `limit=30&sector=${sector}`);
      expect(bySector.items).toEqual(
        bruteForce(viewer, firms, { limit: 30, accepts: (firm) => firm.sectors.includes(sector) }),
      );
      const byType = await matches(viewer, 'limit=30&partnershipType=import,joint_venture');
      expect(byType.items).toEqual(
        bruteForce(viewer, firms, {
          limit: 30,
          accepts: (firm) =>
            firm.partnershipTypes.some((type) => type === 'import' || type === 'joint_venture'),
        }),
      );
      const atLeast = await matches(viewer, 'limit=100&minScore=45');
      expect(atLeast.items).toEqual(bruteForce(viewer, firms, { limit: 100, minScore: 45 }));
    }
  });
});
