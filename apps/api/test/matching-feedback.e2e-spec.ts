import type { MatchFeedbackResponse, MatchResponse, Page } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import { bearer } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import { createMatchingCast, type MatchingCast } from './support/matching-cast';
import type { TestApp } from './support/test-app';

describe('matching: POST /api/matches/:companyId/feedback', () => {
  let t: TestApp;
  let cast: MatchingCast;
  beforeAll(async () => {
    t = await createIsolatedTestApp();
    cast = await createMatchingCast(t);
  });
  afterAll(() => t.close());

  const feedback = (token: string, companyId: string, body: unknown) =>
    t.http
      .post(`/api/matches/${companyId}/feedback`)
      .set(bearer(token))
      .send(body as object);
  const matchIds = async (token: string, query = '') =>
    (
      (await t.http.get(`/api/matches${query}`).set(bearer(token)).expect(200))
        .body as Page<MatchResponse>
    ).items.map((item) => item.company.id);

  it('saves a partner: it stays in the matches and is listed by ?saved=true, scored and explained', async () => {
    const importer = cast.azImporter.company.id;
    const answer = await feedback(cast.pkExporter.token, importer, { action: 'save' }).expect(200);
    expect(answer.body as MatchFeedbackResponse).toEqual({ companyId: importer, state: 'saved' });
    expect(await matchIds(cast.pkExporter.token)).toContain(importer);
    const saved = (
      await t.http.get('/api/matches?saved=true').set(bearer(cast.pkExporter.token)).expect(200)
    ).body as Page<MatchResponse>;
    const [listed] = saved.items;
    expect(saved.items).toHaveLength(1);
    expect(listed.company.id).toBe(importer);
    // The exporter wants a textile JV and the importer works in textiles (matching.e2e-spec.ts).
    expect(listed.reasons[0]).toEqual({
      code: 'joint_venture_interest',
      params: { sectors: ['textiles'] },
    });
    const all = (await t.http.get('/api/matches').set(bearer(cast.pkExporter.token)))
      .body as Page<MatchResponse>;
    expect(listed).toEqual(all.items.find((item) => item.company.id === importer));
    // Feedback belongs to the firm that gave it.
    expect(await matchIds(cast.pkImporter.token, '?saved=true')).toEqual([]);
  });

  it('dismisses a partner: it never comes back, whatever the filters, pages or list, until undone', async () => {
    const venture = cast.azJointVenture.company.id;
    await feedback(cast.pkExporter.token, venture, { action: 'save' }).expect(200);
    const answer = await feedback(cast.pkExporter.token, venture, { action: 'dismiss' }).expect(
      200,
    );
    expect(answer.body).toEqual({ companyId: venture, state: 'dismissed' });
    for (const query of [
      '',
      '?limit=100',
      '?partnershipType=joint_venture',
      '?sector=textiles&minScore=0',
      '?saved=true',
    ]) {
      expect(await matchIds(cast.pkExporter.token, query)).not.toContain(venture);
    }
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/matches?limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.http.get(path).set(bearer(cast.pkExporter.token)).expect(200))
        .body as Page<MatchResponse>;
      pages.push(...page.items.map((item) => item.company.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).not.toContain(venture);
    // Staff looking at the firm's matches see what the firm sees.
    const staffView = await t.http
      .get(`/api/companies/${cast.pkExporter.company.id}/matches`)
      .set(bearer(cast.staffToken))
      .expect(200);
    expect(
      (staffView.body as Page<MatchResponse>).items.map((item) => item.company.id),
    ).not.toContain(venture);

    const undone = await feedback(cast.pkExporter.token, venture, { action: 'undo' }).expect(200);
    expect(undone.body).toEqual({ companyId: venture, state: null });
    expect(await matchIds(cast.pkExporter.token)).toContain(venture);
    expect(await matchIds(cast.pkExporter.token, '?saved=true')).not.toContain(venture);
  });

  it('undoes a save, and an undo with nothing to undo is harmless', async () => {
    const food = cast.azFood.company.id;
    await feedback(cast.pkExporter.token, food, { action: 'save' }).expect(200);
    await feedback(cast.pkExporter.token, food, { action: 'undo' }).expect(200);
    await feedback(cast.pkExporter.token, food, { action: 'undo' }).expect(200);
    expect(await matchIds(cast.pkExporter.token, '?saved=true')).not.toContain(food);
  });

  it('answers 404 for an unknown or rejected firm, 400 for a firm of the same country', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectApiError(await feedback(cast.pkExporter.token, unknown, { action: 'save' }), 404);
    expectApiError(
      await feedback(cast.pkExporter.token, cast.azRejected.company.id, { action: 'dismiss' }),
      404,
    );
    expectFieldError(
      await feedback(cast.pkExporter.token, cast.pkImporter.company.id, { action: 'save' }),
      'companyId',
    );
    expectFieldError(
      await feedback(cast.pkExporter.token, cast.pkExporter.company.id, { action: 'save' }),
      'companyId',
    );
  });

  it.each([
    ['action', { action: 'like' }],
    ['action', {}],
    ['action', { action: ['save'] }],
    ['note', { action: 'save', note: 'hi' }],
  ])('answers 400 on %s for %j', async (field, body) => {
    expectFieldError(await feedback(cast.pkExporter.token, cast.azFood.company.id, body), field);
  });

  it('answers 400 for a malformed id, 401 without a token, 403 without a company of one’s own', async () => {
    expectFieldError(
      await feedback(cast.pkExporter.token, 'nope', { action: 'save' }),
      'companyId',
    );
    expectApiError(
      await t.http.post(`/api/matches/${cast.azFood.company.id}/feedback`).send({ action: 'save' }),
      401,
    );
    expectApiError(await feedback(cast.loneToken, cast.azFood.company.id, { action: 'save' }), 403);
    expectApiError(
      await feedback(cast.staffToken, cast.azFood.company.id, { action: 'save' }),
      403,
    );
    expectApiError(
      await feedback(cast.azRejected.token, cast.pkExporter.company.id, { action: 'save' }),
      403,
    );
  });
});
