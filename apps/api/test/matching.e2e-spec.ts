import type { MatchResponse, Page } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import { bearer } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import { createMatchingCast, type MatchingCast } from './support/matching-cast';
import { bruteForce, loadFirms } from './support/matching-fixtures';
import type { TestApp } from './support/test-app';

describe('matching: GET /api/matches and GET /api/companies/:id/matches', () => {
  let t: TestApp;
  let cast: MatchingCast;
  beforeAll(async () => {
    t = await createIsolatedTestApp();
    cast = await createMatchingCast(t);
  });
  afterAll(() => t.close());

  const list = (token: string, query = '') => t.http.get(`/api/matches${query}`).set(bearer(token));
  const ids = (page: Page<MatchResponse>) => page.items.map((item) => item.company.id);

  describe('done when', () => {
    it('shows a PK textile exporter AZ textile importers and a textile joint venture first, saying why', async () => {
      const page = (await list(cast.pkExporter.token).expect(200)).body as Page<MatchResponse>;
      expect(ids(page).slice(0, 2)).toEqual([
        cast.azImporter.company.id,
        cast.azJointVenture.company.id,
      ]);
      // A firm still waiting for review is never matched (verified-marketplace.e2e-spec.ts).
      expect(ids(page)).not.toContain(cast.azPending.company.id);
      const [importer, jointVenture] = page.items;
      expect(importer.reasons).toEqual(
        expect.arrayContaining([
          { code: 'seeks_what_you_offer', params: { hs: ['61', '63'] } },
          { code: 'shared_sector', params: { sectors: ['textiles'] } },
          {
            code: 'compatible_partnership',
            params: {
              pairs: [
                ['export', 'distribution'],
                ['export', 'import'],
              ],
            },
          },
          { code: 'verified', params: {} },
        ]),
      );
      // The exporter wants a textile joint venture and the importer works in textiles: the JV
      // fit (28) outweighs buying 2 of its 3 chapters (35 · 2/3).
      expect(importer.reasons[0]).toEqual({
        code: 'joint_venture_interest',
        params: { sectors: ['textiles'] },
      });
      expect(importer.reasonsForThem[0]).toEqual({
        code: 'offers_what_you_seek',
        params: { hs: ['61', '63'] },
      });
      expect(jointVenture.reasons).toEqual(
        expect.arrayContaining([
          { code: 'joint_venture_interest', params: { sectors: ['textiles'] } },
        ]),
      );
      expect(importer).toMatchObject({ score: expect.any(Number), mutual: true });
      expect(Object.keys(importer.company).sort()).toEqual([
        'city',
        'country',
        'id',
        'name',
        'sectors',
        'sizeBand',
        'verification',
      ]);
    });

    it('never shows firms of the same country or rejected ones, and equals brute force', async () => {
      const page = (await list(cast.pkExporter.token, '?limit=100').expect(200))
        .body as Page<MatchResponse>;
      expect(page.items.every((item) => item.company.country === 'AZ')).toBe(true);
      expect(ids(page)).not.toContain(cast.azRejected.company.id);
      expect(ids(page)).not.toContain(cast.pkImporter.company.id);
      const viewer = (await loadFirms(t.db)).find(
        (firm) => firm.id === cast.pkExporter.company.id,
      )!;
      expect(page).toEqual({
        items: bruteForce(viewer, await loadFirms(t.db), { limit: 100 }),
        nextCursor: null,
      });
    });
  });

  describe('who may ask', () => {
    it('answers 401 to anonymous callers', async () => {
      expectApiError(await t.http.get('/api/matches'), 401);
      expectApiError(await t.http.get(`/api/companies/${cast.pkExporter.company.id}/matches`), 401);
    });

    it('answers 403 to a member without a company, and to staff, who have none, saying where to look', async () => {
      expect(expectApiError(await list(cast.loneToken), 403)).toMatch(/register your company/i);
      expect(expectApiError(await list(cast.staffToken), 403)).toMatch(
        /GET \/api\/companies\/:id\/matches/,
      );
    });

    it('lets the owner and staff see a firm’s matches, the same as the owner’s own list', async () => {
      const own = (await list(cast.pkExporter.token).expect(200)).body;
      for (const token of [cast.pkExporter.token, cast.staffToken]) {
        const answer = await t.http
          .get(`/api/companies/${cast.pkExporter.company.id}/matches`)
          .set(bearer(token));
        expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: own });
      }
    });

    it('answers 403 to a member of another firm, 404 for an unknown firm, 400 for a malformed id', async () => {
      const path = `/api/companies/${cast.pkExporter.company.id}/matches`;
      expectApiError(await t.http.get(path).set(bearer(cast.pkImporter.token)), 403);
      expectApiError(await t.http.get(path).set(bearer(cast.azImporter.token)), 403);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expectApiError(
        await t.http.get(`/api/companies/${unknown}/matches`).set(bearer(cast.staffToken)),
        404,
      );
      expectFieldError(
        await t.http.get('/api/companies/not-a-uuid/matches').set(bearer(cast.staffToken)),
        'id',
      );
    });

    it('keeps a rejected firm out of matching: 403 for its member, 404 to other members', async () => {
      expect(expectApiError(await list(cast.azRejected.token), 403)).toMatch(/rejected/);
      const path = `/api/companies/${cast.azRejected.company.id}/matches`;
      expectApiError(await t.http.get(path).set(bearer(cast.pkExporter.token)), 404);
    });
  });

  describe('filters and pages', () => {
    it('filters by partner sector, partnership type and minimum score', async () => {
      // The food and energy firms share no product, sector or joint venture with a textile
      // exporter: never recommended, whatever the filter.
      const food = (await list(cast.pkExporter.token, '?sector=food').expect(200))
        .body as Page<MatchResponse>;
      expect(ids(food)).toEqual([]);
      const textiles = (await list(cast.pkExporter.token, '?sector=textiles').expect(200))
        .body as Page<MatchResponse>;
      expect(new Set(ids(textiles))).toEqual(
        new Set([cast.azImporter.company.id, cast.azJointVenture.company.id]),
      );
      const ventures = (
        await list(cast.pkExporter.token, '?partnershipType=joint_venture').expect(200)
      ).body;
      expect(ids(ventures)).toEqual([cast.azJointVenture.company.id]);
      const several = (await list(cast.pkExporter.token, '?sector=energy,food').expect(200)).body;
      expect(ids(several)).toEqual([]);
      const all = (await list(cast.pkExporter.token).expect(200)).body as Page<MatchResponse>;
      const threshold = all.items[1].score;
      const strong = (await list(cast.pkExporter.token, `?minScore=${threshold}`).expect(200)).body;
      expect(strong.items).toEqual(all.items.filter((item) => item.score >= threshold));
    });

    it('pages with limit and nextCursor, without gaps or repeats', async () => {
      const all = (await list(cast.pkExporter.token).expect(200)).body as Page<MatchResponse>;
      const walked: MatchResponse[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await list(cast.pkExporter.token, query).expect(200))
          .body as Page<MatchResponse>;
        expect(page.items.length).toBeLessThanOrEqual(2);
        walked.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked).toEqual(all.items);
    });

    it.each([
      ['sector', '?sector=shipbuilding'],
      ['sector', '?sector=textiles,mining'],
      ['partnershipType', '?partnershipType=barter'],
      ['minScore', '?minScore=101'],
      ['minScore', '?minScore=-1'],
      ['minScore', '?minScore=high'],
      ['limit', '?limit=101'],
      ['limit', '?limit=0'],
      ['limit', '?limit=ten'],
      ['saved', '?saved=maybe'],
      ['cursor', '?cursor=not-a-cursor'],
      ['cursor', `?cursor=${Buffer.from('{"score":"900","id":"x"}').toString('base64url')}`],
      ['colour', '?colour=red'],
    ])('answers 400 on %s for %s, field by field', async (field, query) => {
      expectFieldError(await list(cast.pkExporter.token, query), field);
    });
  });
});
