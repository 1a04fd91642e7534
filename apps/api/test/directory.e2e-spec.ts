import { randomBytes } from 'node:crypto';
import type { CompanyResponse, Country, Page, PartnershipType, SectorCode } from '@jcc/contracts';
import { bearer, companyInput, createUserWithRole, registerUser } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * GET /api/companies: filters, full-text search, visibility of rejected firms and keyset
 * pagination, over ~40 firms registered through the API. Other files write companies to the same
 * database at the same time, so every assertion is scoped to this file's firms: each description
 * carries a random word (TOKEN) that the filter tests pass as `q`, and the other tests keep only
 * the ids of this file's firms from what the API answers.
 */

/** Random lower-case letters: a word no other firm contains, and one the search treats as a word. */
function randomWord(prefix: string): string {
  const letters = [...randomBytes(10)].map((byte) => String.fromCharCode(97 + (byte % 26)));
  return `${prefix}${letters.join('')}`;
}

const TOKEN = randomWord('dir');
/** A brand in the names of three firms and only in the descriptions of three others. */
const BRAND = `Vel${randomWord('')}`;

interface Seed {
  name: string;
  country: Country;
  city: string;
  sectors: SectorCode[];
  offersHs: string[];
  seeksHs: string[];
  partnershipTypes: PartnershipType[];
  description: string;
  /** Staff's decision; none: verified too (only the decisions the tests look at are written). */
  review?: 'verified' | 'rejected';
}

const pk = (
  name: string,
  city: string,
  sectors: SectorCode[],
  offersHs: string[],
  seeksHs: string[],
  partnershipTypes: PartnershipType[],
  description: string,
  review?: Seed['review'],
): Seed => ({
  name,
  country: 'PK',
  city,
  sectors,
  offersHs,
  seeksHs,
  partnershipTypes,
  description,
  review,
});
const az = (...args: Parameters<typeof pk>): Seed => ({ ...pk(...args), country: 'AZ' });

/** In creation order: the directory lists them newest first, so the last one comes first. */
// prettier-ignore
const SEEDS: Seed[] = [
  pk('Sialkot Surgical Works', 'Sialkot', ['surgical_instruments'], ['90'], ['72'], ['export', 'distribution'], 'Stainless steel forceps, scissors and dental tools for hospitals.', 'verified'),
  pk('Sialkot Sports Gear', 'Sialkot', ['sports_goods'], ['95'], ['52'], ['export'], 'Hand-stitched footballs and cricket gloves for clubs.'),
  pk('Lahore Surgical Supplies', 'Lahore', ['surgical_instruments'], ['90'], ['39'], ['distribution'], 'Disposable syringes and gauze for clinics.'),
  pk(`${BRAND} Cotton Mills`, 'Faisalabad', ['textiles'], ['52'], ['84'], ['export', 'joint_venture'], 'Combed cotton yarn and greige fabric.', 'verified'),
  pk('Karachi Rice Exporters', 'Karachi', ['food'], ['10'], ['31'], ['export'], 'Basmati rice in bulk and retail packs.'),
  pk('Gujranwala Cutlery House', 'Gujranwala', ['metallurgy'], ['82'], ['72'], ['export', 'licensing'], 'Kitchen knives and tableware in steel.'),
  pk('Multan Mango Growers', 'Multan', ['agriculture'], ['08'], [], ['export', 'investment_seeking'], 'Chaunsa and Sindhri mangoes, air-freighted.'),
  pk('Peshawar Marble Quarry', 'Peshawar', ['construction'], ['68', '25'], ['84'], ['export', 'investing'], 'Onyx and white marble slabs.'),
  pk('Kasur Leather Tannery', 'Kasur', ['leather'], ['41'], ['32'], ['export', 'joint_venture'], 'Finished cow hides and goat suede.', 'verified'),
  pk('Hyderabad Bangle Crafts', 'Hyderabad', ['light_industry'], ['70'], [], ['export'], 'Glass bangles in festive colours.'),
  pk('Quetta Dry Fruits', 'Quetta', ['food'], ['08'], ['20'], ['export', 'distribution'], 'Almonds, pine nuts and dried apricots.'),
  pk('Islamabad Software Park', 'Islamabad', ['it_technology'], [], ['85'], ['outsourcing', 'technology_transfer'], 'Custom ERP development and QA teams.'),
  pk('Lahore Pharma Labs', 'Lahore', ['pharmaceuticals'], ['30'], ['29'], ['export', 'licensing'], 'Generic antibiotics made under WHO-GMP.', 'verified'),
  pk('Kashmir Shawl Weavers', 'Muzaffarabad', ['textiles'], ['51', '62'], [], ['export'], 'Hand-woven pashmina wraps and embroidered stoles.'),
  pk('Wazirabad Forge', 'Wazirabad', ['metallurgy'], ['73'], ['72'], ['export', 'outsourcing'], 'Precision forgings for surgical tool makers in Sialkot.'),
  pk('Karachi Port Shipping', 'Karachi', ['transport_logistics'], [], ['89'], ['distribution', 'outsourcing'], `Container consolidation and customs brokerage; ships for ${BRAND}.`),
  pk('Faisalabad Home Linen', 'Faisalabad', ['textiles'], ['63'], ['52'], ['export'], `Bed sheets and towels; sole agent of ${BRAND} yarn.`),
  pk('Sheikhupura Rice Mills', 'Sheikhupura', ['food', 'food_processing'], ['10', '19'], [], ['export'], 'Parboiled rice and rice flour.'),
  pk('Lahore Solar Systems', 'Lahore', ['energy'], [], ['85'], ['import', 'joint_venture'], 'Rooftop solar installers seeking inverter suppliers.'),
  pk('Phantom Trading Co', 'Karachi', ['textiles'], ['52'], [], ['export'], 'General trading house with no verifiable address.', 'rejected'),
  az('Gəncə Xalça Evi', 'Gəncə', ['textiles'], ['57'], ['52'], ['export', 'distribution'], 'Hand-knotted carpets in the Ganja school.', 'verified'),
  az('Bakı Neft Servis', 'Bakı', ['energy'], ['27'], ['84'], ['export', 'joint_venture'], 'Oilfield services and drilling crews.', 'verified'),
  az('Sumqayıt Kimya Zavodu', 'Sumqayıt', ['chemicals'], ['28', '39'], ['27'], ['export'], 'Caustic soda and polyethylene granules.'),
  az('Şəki İpək Fabriki', 'Şəki', ['textiles'], ['50'], ['84'], ['export', 'licensing'], 'Raw silk and kelaghayi scarves.'),
  az('Quba Alma Bağları', 'Quba', ['agriculture'], ['08'], ['84'], ['export', 'investment_seeking'], 'Apple orchards with cold storage.'),
  az('Lənkəran Çay Plantasiyası', 'Lənkəran', ['food'], ['09'], [], ['export'], 'Black tea from subtropical gardens.'),
  az('Caspian Logistics MMC', 'Bakı', ['transport_logistics'], [], ['87'], ['distribution', 'outsourcing'], 'Trucking between the Caspian ports and Georgia.'),
  az('Azər Pharma Distribution', 'Bakı', ['pharmaceuticals'], [], ['30'], ['import', 'distribution'], 'Wholesale of medicines to pharmacy chains.', 'verified'),
  az('Naxçıvan Duz Mədəni', 'Naxçıvan', ['construction'], ['25'], [], ['export'], 'Rock salt from the Duzdağ mine.'),
  az(`${BRAND} Pambıq MMC`, 'Mingəçevir', ['textiles'], ['52'], ['84'], ['export', 'joint_venture'], 'Cotton ginning on the Kura river.'),
  az('Gəncə Aqro Park', 'Gəncə', ['agriculture'], ['07'], ['31'], ['export', 'investing'], 'Greenhouse tomatoes and cucumbers.'),
  az('Bakı Tekstil İdxal', 'Bakı', ['textiles'], [], ['61', '62'], ['import', 'distribution'], `Apparel importer; buys ${BRAND} knitwear.`),
  az('Şamaxı Şərab Evi', 'Şamaxı', ['food'], ['22'], [], ['export'], 'Madrasa grape wines and brandies.'),
  az('Xaçmaz Konserv', 'Xaçmaz', ['food_processing'], ['20'], ['73'], ['export', 'technology_transfer'], 'Canned fruit and tomato paste.'),
  az('Sumqayıt Alüminium', 'Sumqayıt', ['metallurgy'], ['76'], ['26'], ['export'], 'Primary aluminium ingots.', 'verified'),
  az('Bakı IT Hub', 'Bakı', ['it_technology'], [], ['85'], ['outsourcing', 'investing'], 'Start-up studio investing in fintech teams.'),
  az('Qəbələ Turizm', 'Qəbələ', ['tourism'], [], [], ['investment_seeking'], 'Mountain resort looking for hotel partners.'),
  az('Abşeron Tikinti', 'Bakı', ['construction'], [], ['68', '25'], ['import'], 'Builder importing marble and cement.', 'verified'),
  az('Tovuz Üzüm', 'Tovuz', ['agriculture'], ['08'], [], ['export'], 'Table grapes from vineyards near Gəncə.'),
  pk(`${BRAND} Knitwear`, 'Lahore', ['textiles'], ['61'], ['52'], ['export'], 'Jersey T-shirts for European brands.'),
];

type Query = Record<string, string>;

describe('directory', () => {
  let t: TestApp;
  let staffToken: string;
  /** The id of each seed, by name. */
  const ids = new Map<string, string>();

  const idOf = (name: string): string => {
    const id = ids.get(name);
    if (!id) {
      throw new Error(`no firm named ${name} was seeded`);
    }
    return id;
  };
  const isRejected = (seed: Seed) => seed.review === 'rejected';
  /** Our firms matching a predicate, as a sorted list of ids (the form the tests compare). */
  const expectedIds = (predicate: (seed: Seed) => boolean, options: { staff?: boolean } = {}) =>
    SEEDS.filter((seed) => (options.staff || !isRejected(seed)) && predicate(seed))
      .map((seed) => idOf(seed.name))
      .sort();
  const ourIds = new Set<string>();
  /** Only this file's firms, in the order the API gave them. */
  const ours = (items: CompanyResponse[]) => items.filter((company) => ourIds.has(company.id));

  async function page(query: Query, token?: string): Promise<Page<CompanyResponse>> {
    const response = await t.http
      .get('/api/companies')
      .query(query)
      .set(token ? bearer(token) : {});
    expect({ status: response.status, query }).toEqual({ status: 200, query });
    return response.body as Page<CompanyResponse>;
  }

  /** Follows nextCursor to the end; fails rather than loop when a cursor does not advance. */
  async function walk(
    query: Query,
    token?: string,
    between?: (pageNumber: number) => Promise<void>,
  ): Promise<Page<CompanyResponse>[]> {
    const pages: Page<CompanyResponse>[] = [];
    let cursor: string | null = null;
    do {
      const current = await page(cursor ? { ...query, cursor } : query, token);
      pages.push(current);
      cursor = current.nextCursor;
      if (pages.length > 500) {
        throw new Error('more than 500 pages: the cursor does not advance');
      }
      await between?.(pages.length);
    } while (cursor);
    return pages;
  }

  /** Our firms among all the answers of a query, every page of it. */
  async function search(query: Query, token?: string): Promise<string[]> {
    const pages = await walk({ ...query, limit: '100' }, token);
    return ours(pages.flatMap((current) => current.items))
      .map((company) => company.id)
      .sort();
  }

  beforeAll(async () => {
    t = await createTestApp();
    staffToken = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    // One after the other, so that creation order (the default sort) is the order of SEEDS.
    for (const seed of SEEDS) {
      const { accessToken } = await registerUser(t.http);
      const { review, description, ...fields } = seed;
      const response = await t.http
        .post('/api/companies')
        .set(bearer(accessToken))
        .send(
          companyInput(seed.country, {
            ...fields,
            jvSectors: [],
            languages: seed.country === 'PK' ? ['en', 'ur'] : ['az', 'ru'],
            description: `${description} Chamber ref ${TOKEN}.`,
          }),
        )
        .expect(201);
      const company = response.body as CompanyResponse;
      ids.set(seed.name, company.id);
      ourIds.add(company.id);
      // Pending firms are not listed (verified-marketplace.e2e-spec.ts): staff decide on each.
      const status = review ?? 'verified';
      await t.http
        .post(`/api/companies/${company.id}/verification`)
        .set(bearer(staffToken))
        .send({ status, note: status === 'rejected' ? 'No such address' : undefined })
        .expect(200);
    }
  }, 120_000);
  afterAll(() => t.close());

  it('seeded 40 firms, one of them rejected', () => {
    expect(ids.size).toBe(40);
    expect(SEEDS.filter(isRejected)).toHaveLength(1);
  });

  describe('filters (scoped with q=TOKEN)', () => {
    const hasAny = <T>(values: readonly T[], wanted: readonly T[]) =>
      values.some((value) => wanted.includes(value));

    it.each<[string, Query, (seed: Seed) => boolean]>([
      ['country=PK', { country: 'PK' }, (s) => s.country === 'PK'],
      ['country=AZ', { country: 'AZ' }, (s) => s.country === 'AZ'],
      ['sector=textiles', { sector: 'textiles' }, (s) => s.sectors.includes('textiles')],
      [
        'sector=leather,food (any of)',
        { sector: 'leather,food' },
        (s) => hasAny(s.sectors, ['leather', 'food']),
      ],
      [
        'sector=food_processing,it_technology (any of)',
        { sector: 'food_processing,it_technology' },
        (s) => hasAny(s.sectors, ['food_processing', 'it_technology']),
      ],
      [
        'hs=52 (offered or sought)',
        { hs: '52' },
        (s) => s.offersHs.includes('52') || s.seeksHs.includes('52'),
      ],
      [
        'hs=27,08 (any of, offered or sought)',
        { hs: '27,08' },
        (s) => hasAny([...s.offersHs, ...s.seeksHs], ['27', '08']),
      ],
      ['hs=85 (only sought)', { hs: '85' }, (s) => s.seeksHs.includes('85')],
      [
        'partnershipType=joint_venture',
        { partnershipType: 'joint_venture' },
        (s) => s.partnershipTypes.includes('joint_venture'),
      ],
      [
        'partnershipType=licensing,investing (any of)',
        { partnershipType: 'licensing,investing' },
        (s) => hasAny(s.partnershipTypes, ['licensing', 'investing']),
      ],
      ['verified=true', { verified: 'true' }, (s) => !isRejected(s)],
      [
        'country=AZ&sector=textiles&verified=true (all at once)',
        { country: 'AZ', sector: 'textiles', verified: 'true' },
        (s) => s.country === 'AZ' && s.sectors.includes('textiles') && !isRejected(s),
      ],
      [
        'country=PK&hs=72&partnershipType=export',
        { country: 'PK', hs: '72', partnershipType: 'export' },
        (s) =>
          s.country === 'PK' &&
          (s.offersHs.includes('72') || s.seeksHs.includes('72')) &&
          s.partnershipTypes.includes('export'),
      ],
    ])('%s lists exactly the matching firms', async (_name, query, predicate) => {
      const expected = expectedIds(predicate);
      expect(expected.length).toBeGreaterThan(0);
      const answer = await page({ ...query, q: TOKEN, limit: '100' });
      expect(answer.nextCursor).toBeNull();
      expect(answer.items.map((company) => company.id).sort()).toEqual(expected);
      expect(answer.items.every((company) => company.verification !== 'rejected')).toBe(true);
    });

    it('treats a repeated parameter like a comma-separated list', async () => {
      const repeated = await t.http
        .get(`/api/companies?q=${TOKEN}&sector=leather&sector=food&limit=100`)
        .expect(200);
      const expected = expectedIds(
        (s) => s.sectors.includes('leather') || s.sectors.includes('food'),
      );
      expect((repeated.body as Page<CompanyResponse>).items.map((c) => c.id).sort()).toEqual(
        expected,
      );
    });

    it('answers an empty page for a filter nothing matches', async () => {
      const answer = await page({ q: TOKEN, sector: 'education' });
      expect(answer).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('rejected firms', () => {
    const rejected = SEEDS.filter(isRejected).map((seed) => seed.name);
    let memberToken: string;
    beforeAll(async () => {
      memberToken = (await registerUser(t.http)).accessToken;
    });

    it.each<[string, () => string | undefined]>([
      ['anonymous callers', () => undefined],
      ['members', () => memberToken],
    ])('are hidden from %s', async (_who, token) => {
      const listed = await search({ q: TOKEN }, token());
      expect(listed).toEqual(expectedIds(() => true));
      expect(listed).not.toContain(idOf(rejected[0]));
      const filtered = await search({ q: TOKEN, verified: 'false' }, token());
      expect(filtered).not.toContain(idOf(rejected[0]));
    });

    it('are listed for staff, also under verified=false', async () => {
      const listed = await search({ q: TOKEN }, staffToken);
      expect(listed).toEqual(expectedIds(() => true, { staff: true }));
      expect(listed).toContain(idOf(rejected[0]));
      const pending = await search({ q: TOKEN, verified: 'false' }, staffToken);
      expect(pending).toEqual(expectedIds(isRejected, { staff: true }));
    });
  });

  describe('full-text search q (prefix match of words over name and description)', () => {
    it.each<[string, string[]]>([
      ['sial surg', ['Sialkot Surgical Works', 'Wazirabad Forge']],
      ['SIALKOT SURGICAL', ['Sialkot Surgical Works', 'Wazirabad Forge']],
      ['sialkot sports', ['Sialkot Sports Gear']],
      ['surg', ['Sialkot Surgical Works', 'Lahore Surgical Supplies', 'Wazirabad Forge']],
      ['pashmina', ['Kashmir Shawl Weavers']],
      ['forcep dental', ['Sialkot Surgical Works']],
      ['Gəncə', ['Gəncə Xalça Evi', 'Gəncə Aqro Park', 'Tovuz Üzüm']],
      ['gəncə xalça', ['Gəncə Xalça Evi']],
      ['Şəki', ['Şəki İpək Fabriki']],
      ['ipək', ['Şəki İpək Fabriki']],
      ['İpək', ['Şəki İpək Fabriki']],
      ['Lənkəran çay', ['Lənkəran Çay Plantasiyası']],
      ['bakı', ['Bakı Neft Servis', 'Bakı Tekstil İdxal', 'Bakı IT Hub']],
      ['rice, flour!', ['Sheikhupura Rice Mills']],
      [
        BRAND.toLowerCase(),
        [
          `${BRAND} Cotton Mills`,
          `${BRAND} Pambıq MMC`,
          `${BRAND} Knitwear`,
          'Karachi Port Shipping',
          'Faisalabad Home Linen',
          'Bakı Tekstil İdxal',
        ],
      ],
    ])('q=%s finds exactly %j among our firms', async (q, names) => {
      const found = await search({ q });
      const seeded = new Map([...ids].map(([name, id]) => [id, name]));
      expect(found.map((id) => seeded.get(id)).sort()).toEqual([...names].sort());
    });

    it('finds nothing of ours for a word none of them has', async () => {
      expect(await search({ q: `${TOKEN} quinoa` })).toEqual([]);
    });

    it('does not find a rejected firm by its name', async () => {
      expect(await search({ q: 'phantom trading' })).toEqual([]);
      expect(await search({ q: 'phantom trading' }, staffToken)).toEqual([
        idOf('Phantom Trading Co'),
      ]);
    });

    it('ranks a firm whose name matches above firms where only the description does', async () => {
      const answer = await page({ q: BRAND, limit: '100' });
      const order = answer.items.map((company) => company.name);
      expect(order).toHaveLength(6);
      const inName = order.slice(0, 3).sort();
      expect(inName).toEqual(
        [`${BRAND} Cotton Mills`, `${BRAND} Knitwear`, `${BRAND} Pambıq MMC`].sort(),
      );
    });
  });

  describe('keyset pagination', () => {
    function expectWellFormed(pages: Page<CompanyResponse>[], limit: number): CompanyResponse[] {
      pages.slice(0, -1).forEach((current) => {
        expect(current.items).toHaveLength(limit);
        expect(typeof current.nextCursor).toBe('string');
      });
      const last = pages[pages.length - 1];
      expect(last.nextCursor).toBeNull();
      expect(last.items.length).toBeLessThanOrEqual(limit);
      const items = pages.flatMap((current) => current.items);
      const all = items.map((company) => company.id);
      expect(new Set(all).size).toBe(all.length);
      return items;
    }

    it('walks the whole directory with limit=7, newest first, without duplicates or gaps', async () => {
      let lateId: string | undefined;
      const pages = await walk({ limit: '7' }, undefined, async (pageNumber) => {
        if (pageNumber === 1) {
          // A firm registered while the client pages must neither shift nor repeat items.
          const { accessToken } = await registerUser(t.http);
          const response = await t.http
            .post('/api/companies')
            .set(bearer(accessToken))
            .send(
              companyInput('AZ', { name: 'Late Arrival MMC', description: 'Registered mid-walk.' }),
            )
            .expect(201);
          lateId = (response.body as CompanyResponse).id;
        }
      });
      const items = expectWellFormed(pages, 7);
      const times = items.map((company) => Date.parse(company.createdAt));
      times.slice(1).forEach((time, index) => expect(time).toBeLessThanOrEqual(times[index]));
      expect(items.map((company) => company.id)).not.toContain(lateId);
      const expected = SEEDS.filter((seed) => !isRejected(seed))
        .map((seed) => idOf(seed.name))
        .reverse();
      expect(ours(items).map((company) => company.id)).toEqual(expected);
    });

    it('includes the rejected firm at its place when staff walk the directory', async () => {
      const pages = await walk({ limit: '7' }, staffToken);
      const items = expectWellFormed(pages, 7);
      const expected = SEEDS.map((seed) => idOf(seed.name)).reverse();
      expect(ours(items).map((company) => company.id)).toEqual(expected);
    });

    it('walks a search with limit=7 in the same order as one big page, ending with nextCursor null', async () => {
      const pages = await walk({ q: TOKEN, limit: '7' });
      expect(pages).toHaveLength(Math.ceil(39 / 7));
      const items = expectWellFormed(pages, 7);
      const single = await page({ q: TOKEN, limit: '100' });
      expect(single.nextCursor).toBeNull();
      expect(items.map((company) => company.id)).toEqual(single.items.map((company) => company.id));
      expect(items.map((company) => company.id).sort()).toEqual(expectedIds(() => true));
    });

    it('gives the same order on a second walk', async () => {
      const first = (await walk({ q: TOKEN, limit: '7' })).flatMap((current) => current.items);
      const second = (await walk({ q: TOKEN, limit: '7' })).flatMap((current) => current.items);
      expect(second.map((company) => company.id)).toEqual(first.map((company) => company.id));
    });

    it('ends with nextCursor null when the last page is exactly full (39 = 3 × 13)', async () => {
      const pages = await walk({ q: TOKEN, limit: '13' });
      expect(pages.map((current) => current.items.length)).toEqual([13, 13, 13]);
      expect(pages.map((current) => current.nextCursor === null)).toEqual([false, false, true]);
    });

    it('keeps the relevance order across pages (limit=2)', async () => {
      const walked = (await walk({ q: BRAND, limit: '2' })).flatMap((current) => current.items);
      const single = await page({ q: BRAND, limit: '100' });
      expect(walked.map((company) => company.id)).toEqual(
        single.items.map((company) => company.id),
      );
      expect(walked).toHaveLength(6);
    });

    it('pages through filters and search together (country=AZ, limit=5)', async () => {
      const pages = await walk({ q: TOKEN, country: 'AZ', limit: '5' });
      const items = expectWellFormed(pages, 5);
      expect(items.map((company) => company.id).sort()).toEqual(
        expectedIds((seed) => seed.country === 'AZ'),
      );
    });

    it('pages through filters without search in creation order (country=PK, limit=7)', async () => {
      const pages = await walk({ country: 'PK', limit: '7' });
      const items = expectWellFormed(pages, 7);
      expect(items.every((company) => company.country === 'PK')).toBe(true);
      const expected = SEEDS.filter((seed) => seed.country === 'PK' && !isRejected(seed))
        .map((seed) => idOf(seed.name))
        .reverse();
      expect(ours(items).map((company) => company.id)).toEqual(expected);
    });
  });
});
