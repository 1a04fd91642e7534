import {
  HS_CHAPTER_CODES,
  isValidRegistrationNumber,
  JOINT_VENTURE_SECTORS,
  LANGUAGE_CODES,
  PARTNERSHIP_TYPES,
  PRIORITY_SECTORS,
  SECTOR_CODES,
  SECTORS,
  SIZE_BAND_CODES,
  VERIFICATION_STATUSES,
} from '@jcc/contracts';

import { CITIES } from './city-profiles';
import { DEFAULT_NOW, generateCompanies } from './company-generator';
import { seekLabel } from './company-description';
import { NameRegistry } from './name-registry';
import { SECTOR_PRODUCTS } from './sector-products';
import { RELATED_SECTORS, SERVICE_SECTORS } from './sector-trade';
import type { SeedCompany } from './seed-company';

const COUNT = 20_000;
const companies = generateCompanies(COUNT, { seed: 7 });
const pakistani = companies.filter((company) => company.country === 'PK');
const azerbaijani = companies.filter((company) => company.country === 'AZ');

function share(firms: readonly SeedCompany[], test: (company: SeedCompany) => boolean): number {
  return firms.filter(test).length / firms.length;
}

function inCity(city: string): SeedCompany[] {
  return companies.filter((company) => company.city === city);
}

/**
 * What is wrong with each firm, as "name: problem" lines. One expectation over all 20,000 firms
 * keeps the spec fast and its failure message readable.
 */
function problems(check: (company: SeedCompany) => (string | false)[]): string[] {
  return companies.flatMap((company) =>
    check(company)
      .filter((problem): problem is string => problem !== false)
      .map((problem) => `${company.name}: ${problem}`),
  );
}

function notIn<T>(values: readonly T[], allowed: readonly T[]): T[] {
  return values.filter((value) => !allowed.includes(value));
}

describe('generateCompanies', () => {
  describe('determinism', () => {
    it('gives the same firms for the same seed', () => {
      expect(generateCompanies(500, { seed: 7 })).toEqual(companies.slice(0, 500));
    });

    it('gives other firms for another seed', () => {
      const other = generateCompanies(50, { seed: 8 });
      expect(other.map((company) => company.name)).not.toEqual(
        companies.slice(0, 50).map((company) => company.name),
      );
    });

    it('gives the same firms whether generated at once or in batches', () => {
      const names = new NameRegistry();
      const batched = [0, 700, 1400].flatMap((startIndex) =>
        generateCompanies(700, { seed: 7, startIndex, names }),
      );
      expect(batched).toEqual(companies.slice(0, 2100));
    });

    it('does not read the clock: createdAt moves only with `now`', () => {
      const now = new Date('2030-01-01T00:00:00Z');
      const [later] = generateCompanies(1, { seed: 7, now });
      expect(later.createdAt.getTime() - companies[0].createdAt.getTime()).toBe(
        now.getTime() - DEFAULT_NOW.getTime(),
      );
    });
  });

  describe('codes', () => {
    it('uses only codes from the contracts', () => {
      const found = problems((company) => [
        !['PK', 'AZ'].includes(company.country) && `country ${company.country}`,
        notIn([...company.sectors, ...company.jvSectors], SECTOR_CODES).length > 0 && 'sector',
        notIn([...company.offersHs, ...company.seeksHs], HS_CHAPTER_CODES).length > 0 && 'HS',
        notIn(company.partnershipTypes, PARTNERSHIP_TYPES).length > 0 && 'partnership type',
        notIn(company.languages, LANGUAGE_CODES).length > 0 && 'language',
        !SIZE_BAND_CODES.includes(company.sizeBand) && 'size band',
        !VERIFICATION_STATUSES.includes(company.verification) && 'verification',
      ]);
      expect(found).toEqual([]);
    });

    it('lists no code twice within a firm', () => {
      const found = problems((company) =>
        [
          company.sectors,
          company.offersHs,
          company.seeksHs,
          company.partnershipTypes,
          company.jvSectors,
          company.languages,
          company.certifications,
        ].map((list: readonly string[]) => new Set(list).size !== list.length && list.join(',')),
      );
      expect(found).toEqual([]);
    });

    it('gives every firm one to three sectors, the first from what its city is known for', () => {
      const found = problems((company) => {
        const city = CITIES[company.country].find(([profile]) => profile.name === company.city);
        const known = city?.[0].sectors.map(([sector]) => sector) ?? [];
        return [
          (company.sectors.length < 1 || company.sectors.length > 3) && 'sector count',
          !known.includes(company.sectors[0]) && `${company.sectors[0]} in ${company.city}`,
        ];
      });
      expect(found).toEqual([]);
    });

    it('offers only chapters typical of its sectors', () => {
      const found = problems((company) => {
        const typical = SECTORS.filter((sector) => company.sectors.includes(sector.code)).flatMap(
          (sector): readonly string[] => sector.hs,
        );
        return notIn(company.offersHs, typical).map((chapter) => `offers ${chapter}`);
      });
      expect(found).toEqual([]);
    });

    it('seeks only chapters its sectors make or buy (the sector→HS map of libs/contracts)', () => {
      const found = problems((company) => {
        const dealt = SECTORS.filter((sector) => company.sectors.includes(sector.code)).flatMap(
          (sector): readonly string[] => [...sector.hs, ...sector.inputs],
        );
        return notIn(company.seeksHs, dealt).map((chapter) => `seeks ${chapter}`);
      });
      expect(found).toEqual([]);
    });

    it('keeps service firms to services: goods of its own line only, no goods side line', () => {
      const found = problems((company) => {
        if (!SERVICE_SECTORS.has(company.sectors[0])) {
          return [];
        }
        const serviceChapters: readonly string[] =
          SECTORS.find((sector) => sector.code === company.sectors[0])?.hs ?? [];
        return [
          ...notIn(company.offersHs, serviceChapters).map((chapter) => `offers ${chapter}`),
          ...company.sectors
            .slice(1)
            .filter((sector) => !RELATED_SECTORS[company.sectors[0]].includes(sector))
            .map((sector) => `unrelated sector ${sector}`),
        ];
      });
      expect(found).toEqual([]);
    });

    it('describes only products of its own sectors', () => {
      const ownNames = (company: SeedCompany) =>
        new Set(company.sectors.flatMap((sector) => SECTOR_PRODUCTS[sector].map((p) => p.en)));
      const found = problems((company) => {
        const own = [...ownNames(company)];
        // What it wants to buy is named by chapter, and may well be another sector's goods.
        const offered = company.seeksHs.reduce(
          (text, chapter) => text.split(seekLabel(chapter)).join(' / '),
          company.description,
        );
        return SECTOR_CODES.filter((sector) => !company.sectors.includes(sector))
          .flatMap((sector) => SECTOR_PRODUCTS[sector])
          .filter(
            (product) =>
              !own.some((name) => name.includes(product.en)) && offered.includes(product.en),
          )
          .map((product) => `describes ${product.en}`);
      });
      expect(found).toEqual([]);
    });

    it('imports only with something to buy', () => {
      const found = problems((company) => [
        company.partnershipTypes.includes('import') &&
          company.seeksHs.length === 0 &&
          'imports nothing',
      ]);
      expect(found).toEqual([]);
    });

    it('names joint-venture sectors exactly when it wants a joint venture', () => {
      const found = problems((company) => [
        company.jvSectors.length > 0 !== company.partnershipTypes.includes('joint_venture') &&
          'jv mismatch',
        notIn(company.jvSectors, JOINT_VENTURE_SECTORS).length > 0 && 'not a JV sector',
      ]);
      expect(found).toEqual([]);
    });
  });

  describe('identity', () => {
    it('gives each firm a valid registration number, unique within its country', () => {
      const found = problems((company) => [
        !isValidRegistrationNumber(company.country, company.registrationNumber ?? '') &&
          `bad number ${company.registrationNumber}`,
      ]);
      expect(found).toEqual([]);
      const keys = companies.map((company) => `${company.country}:${company.registrationNumber}`);
      expect(new Set(keys).size).toBe(COUNT);
    });

    it('gives each firm a unique name, numbering almost none', () => {
      expect(new Set(companies.map((company) => company.name)).size).toBe(COUNT);
      expect(share(companies, (company) => /\s\d+(\s|$)/.test(company.name))).toBeLessThan(0.02);
    });

    it('writes Azerbaijani names with Azerbaijani letters and legal forms', () => {
      expect(share(azerbaijani, (company) => /[əğıöüçşİ]/.test(company.name))).toBeGreaterThan(0.5);
      const legal = /\b(MMC|ASC|QSC|LLC|Holdinq|Group|Company)$/;
      expect(share(azerbaijani, (company) => legal.test(company.name))).toBe(1);
      expect(pakistani.some((company) => company.name.includes("'"))).toBe(true);
    });

    it('gives about 60% of firms a website under their country or .com', () => {
      expect(share(companies, (company) => company.website !== null)).toBeCloseTo(0.6, 1);
      const found = problems((company) => {
        const tld = company.country === 'PK' ? 'pk' : 'az';
        const pattern = new RegExp(`^https://[a-z0-9-]+\\.((com\\.)?${tld}|com)$`);
        return [company.website !== null && !pattern.test(company.website) && company.website];
      });
      expect(found).toEqual([]);
    });
  });

  describe('believability', () => {
    it('splits the firms about half and half between the countries', () => {
      expect(pakistani.length / COUNT).toBeGreaterThan(0.47);
      expect(pakistani.length / COUNT).toBeLessThan(0.53);
    });

    it('puts most Sialkot firms in surgical instruments, sports goods or leather', () => {
      const core = ['surgical_instruments', 'sports_goods', 'leather'];
      expect(share(inCity('Sialkot'), (c) => core.includes(c.sectors[0]))).toBeGreaterThan(0.85);
    });

    it('makes Faisalabad a textile city, Sumgait a chemical one and Lankaran a farming one', () => {
      expect(share(inCity('Faisalabad'), (c) => c.sectors[0] === 'textiles')).toBeGreaterThan(0.6);
      expect(
        share(inCity('Sumgait'), (c) => ['chemicals', 'metallurgy'].includes(c.sectors[0])),
      ).toBeGreaterThan(0.7);
      expect(
        share(inCity('Lankaran'), (c) => ['agriculture', 'food'].includes(c.sectors[0])),
      ).toBeGreaterThan(0.75);
    });

    it('puts most firms in the big cities', () => {
      expect(share(azerbaijani, (company) => company.city === 'Baku')).toBeGreaterThan(0.45);
      const bigTwo = ['Karachi', 'Lahore'];
      expect(share(pakistani, (company) => bigTwo.includes(company.city))).toBeGreaterThan(0.35);
    });

    it('has Pakistani firms export, mostly priority goods, and Azerbaijani ones import', () => {
      expect(share(pakistani, (c) => c.partnershipTypes.includes('export'))).toBeGreaterThan(0.75);
      expect(share(azerbaijani, (c) => c.partnershipTypes.includes('import'))).toBeGreaterThan(0.6);
      expect(
        share(pakistani, (c) => c.sectors.some((sector) => PRIORITY_SECTORS.includes(sector))),
      ).toBeGreaterThan(0.55);
    });

    it('speaks English and Urdu in Pakistan, Azerbaijani and Russian in Azerbaijan', () => {
      expect(share(pakistani, (c) => c.languages.includes('en'))).toBeGreaterThan(0.9);
      expect(share(pakistani, (c) => c.languages.includes('ur'))).toBeGreaterThan(0.8);
      expect(share(azerbaijani, (c) => c.languages.includes('az'))).toBeGreaterThan(0.9);
      expect(share(azerbaijani, (c) => c.languages.includes('ru'))).toBeGreaterThan(0.65);
      expect(companies.filter((company) => company.languages.length === 0)).toEqual([]);
    });

    it('gives surgical firms ISO 13485 and textile firms OEKO-TEX often', () => {
      const surgical = companies.filter((c) => c.sectors[0] === 'surgical_instruments');
      expect(share(surgical, (c) => c.certifications.includes('ISO 13485'))).toBeGreaterThan(0.5);
      const textile = companies.filter((c) => c.sectors[0] === 'textiles');
      expect(
        share(textile, (c) => c.certifications.includes('OEKO-TEX Standard 100')),
      ).toBeGreaterThan(0.25);
    });

    it('verifies about 70%, leaves 25% pending and rejects 5%', () => {
      expect(share(companies, (c) => c.verification === 'verified')).toBeCloseTo(0.7, 1);
      expect(share(companies, (c) => c.verification === 'pending')).toBeCloseTo(0.25, 1);
      expect(share(companies, (c) => c.verification === 'rejected')).toBeCloseTo(0.05, 1);
      const found = problems((company) => [
        (company.verifiedAt !== null) !== (company.verification === 'verified') && 'verifiedAt',
        (company.verificationNote !== null) !== (company.verification === 'rejected') && 'note',
      ]);
      expect(found).toEqual([]);
    });

    it('dates the firms sensibly', () => {
      const now = DEFAULT_NOW.getTime();
      const twoYearsBefore = now - 731 * 86_400_000;
      const found = problems((company) => [
        (company.foundedYear === null ||
          company.foundedYear < 1950 ||
          company.foundedYear > 2024) &&
          `founded ${company.foundedYear}`,
        company.createdAt.getTime() < twoYearsBefore && 'created too early',
        company.createdAt.getTime() > now && 'created in the future',
        company.updatedAt < company.createdAt && 'updated before created',
        company.updatedAt.getTime() > now && 'updated in the future',
      ]);
      expect(found).toEqual([]);
    });

    it('describes each firm in one to three English sentences naming its city', () => {
      const found = problems((company) => {
        // Names and certifications may hold full stops ("& Co.", "GlobalG.A.P.") that end nothing.
        const text = [company.name, ...company.certifications].reduce(
          (rest, phrase) => rest.split(phrase).join('X'),
          company.description,
        );
        const sentences = text.match(/[.!?](\s|$)/g)?.length ?? 0;
        return [
          !company.description.includes(company.city) && 'no city',
          (sentences < 1 || sentences > 3) && `${sentences} sentences`,
        ];
      });
      expect(found).toEqual([]);
    });
  });
});
