import { generateCompanies } from './company-generator';
import { insertCompanies } from './insert-companies';
import type { SeedCompany } from './seed-company';
import { readCompanies } from './testing/read-companies';
import { createScratchDatabase } from './testing/scratch-database';
import type { ScratchDatabase } from './testing/scratch-database';

/** Values that break naive quoting: apostrophes, quotes, backslashes, array syntax, NULL. */
function withTrickyValues(companies: SeedCompany[]): SeedCompany[] {
  const [first, second, third, ...rest] = companies;
  return [
    {
      ...first,
      name: `O'Brien & D'Souza "Star" Traders \\ (Pvt) Ltd`,
      certifications: [
        'ISO 9001',
        'say "hi"',
        'back\\slash',
        'comma, inside',
        '{braces}',
        'NULL',
        '',
        ' padded ',
      ],
      description: `It's "quoted", has a backslash \\, a tab\tand ə ğ ı ö ü ç ş Ə Ğ İ Ö Ü Ç Ş.`,
    },
    {
      ...second,
      name: 'Gəncə Dağlıq Ölçü Üzüm Çiçək Şəki MMC',
      offersHs: [],
      seeksHs: [],
      jvSectors: [],
      certifications: [],
    },
    {
      ...third,
      registrationNumber: null,
      foundedYear: null,
      website: null,
      verification: 'pending',
      verificationNote: null,
      verifiedAt: null,
    },
    ...rest,
  ];
}

describe('insertCompanies (Postgres)', () => {
  let database: ScratchDatabase;

  beforeAll(async () => {
    database = await createScratchDatabase();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('inserts 2,000 firms in one statement and reads back exactly what was written', async () => {
    const companies = withTrickyValues(generateCompanies(2000, { seed: 11 }));
    const query = jest.spyOn(database.pool, 'query');

    const ids = await insertCompanies(database.pool, companies);

    expect(query).toHaveBeenCalledTimes(1);
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
    const { rows } = await database.pool.query<{ count: string }>('SELECT count(*) FROM companies');
    expect(rows[0].count).toBe('2000');

    // Ids come back in input order, so each id's row must equal the firm at its position.
    const stored = await readCompanies(database.pool);
    expect(ids.map((id) => stored.get(id))).toEqual(companies);
    const names = companies.map((company) => company.name);
    expect(names.some((name) => name.includes("'"))).toBe(true);
    expect(names.some((name) => /[əğıöüçş]/.test(name))).toBe(true);
  });

  it('feeds the generated full-text search column', async () => {
    const { rows } = await database.pool.query<{ count: string }>(
      `SELECT count(*) FROM companies WHERE search @@ plainto_tsquery('simple', 'Sialkot')`,
    );
    expect(Number(rows[0].count)).toBeGreaterThan(0);
  });

  it('marks every generated firm as demo data', async () => {
    const { rows } = await database.pool.query<{ demo: boolean; count: number }>(
      'SELECT is_demo AS demo, count(*)::int AS count FROM companies GROUP BY is_demo',
    );
    expect(rows).toEqual([{ demo: true, count: 2000 }]);
  });

  it('sends nothing for an empty list', async () => {
    const query = jest.spyOn(database.pool, 'query');
    await expect(insertCompanies(database.pool, [])).resolves.toEqual([]);
    expect(query).not.toHaveBeenCalled();
  });
});
