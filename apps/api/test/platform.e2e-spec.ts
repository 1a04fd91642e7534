import { createTestApp, type TestApp } from './support/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database up at /api/health', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the reference data', async () => {
    const response = await t.http.get('/api/taxonomy').expect(200);
    expect(response.body.hsChapters).toHaveLength(97);
    expect(response.body.countries).toEqual(['PK', 'AZ']);
    const codes = response.body.sectors.map((sector: { code: string }) => sector.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'textiles',
        'leather',
        'food',
        'sports_goods',
        'surgical_instruments',
        'pharmaceuticals',
      ]),
    );
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/companies', '/api/companies/{id}']),
    );
    expect(response.body.info).toMatchObject({
      title: 'Pakistan–Azerbaijan Joint Chamber B2B API',
      version: '1',
    });
    expect(response.body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    // The human-readable page: Swagger UI, started by a script that carries this same document.
    const page = await t.http.get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<div id="swagger-ui">');
    const initScript = /src="\.?\/?([^"]*swagger-ui-init\.js)"/.exec(page.text)?.[1];
    expect(initScript).toBeDefined();
    const init = await t.http.get(`/api/docs/${initScript!.replace(/^.*\//, '')}`).expect(200);
    expect(init.text).toContain('Pakistan–Azerbaijan Joint Chamber B2B API');
    expect(init.text).toContain('"/api/companies/{id}"');
  });

  it('answers malformed JSON with 400 in the contract shape', async () => {
    const response = await t.http
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const response = await t.http
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ fullName: 'x'.repeat(1024 * 1024 + 10) }))
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413 });
  });

  it('sets security headers (helmet)', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
