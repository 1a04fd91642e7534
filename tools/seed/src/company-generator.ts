import type { Country, PartnershipType, SectorCode } from '@jcc/contracts';
import { PRIORITY_SECTORS, SECTORS } from '@jcc/contracts';

import { CITIES } from './city-profiles';
import type { CityProfile } from './city-profiles';
import { describeCompany } from './company-description';
import { nameCompany } from './company-names';
import {
  pickCertifications,
  pickFoundedYear,
  pickJvSectors,
  pickLanguages,
  pickPartnershipTypes,
  pickReview,
  pickSizeBand,
} from './company-traits';
import { websiteFor } from './company-website';
import { NameRegistry } from './name-registry';
import { mixSeed, Random } from './random';
import { registrationNumberFor } from './registration-numbers';
import type { SeedCompany } from './seed-company';
import { productsFor } from './sector-products';
import type { Product } from './sector-products';
import { COUNTRY_SEEKS, RELATED_SECTORS, SECTOR_SEEKS, SERVICE_SECTORS } from './sector-trade';

export interface GenerateOptions {
  /** Same seed, same firms. */
  seed?: number;
  /** Index of the first firm: firm N is the same whichever batch generates it. */
  startIndex?: number;
  /**
   * Names taken by earlier batches of the same run; pass one registry to every batch to keep
   * names unique across them. Generated names are added to it.
   */
  names?: NameRegistry;
  /** `createdAt` falls in the two years before this. A fixed default keeps the output pure. */
  now?: Date;
}

export const DEFAULT_SEED = 20_251_129;
export const DEFAULT_NOW = new Date('2025-11-29T00:00:00Z');

/** Believable Pakistani and Azerbaijani firms, about half each; deterministic for a given seed. */
export function generateCompanies(count: number, options: GenerateOptions = {}): SeedCompany[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const startIndex = options.startIndex ?? 0;
  const names = options.names ?? new NameRegistry();
  const now = options.now ?? DEFAULT_NOW;
  return Array.from({ length: count }, (_, offset) =>
    generateCompany(
      startIndex + offset,
      new Random(mixSeed(seed, startIndex + offset)),
      names,
      now,
    ),
  );
}

function generateCompany(
  index: number,
  random: Random,
  names: NameRegistry,
  now: Date,
): SeedCompany {
  const country: Country = random.chance(0.5) ? 'PK' : 'AZ';
  const city = random.weighted(CITIES[country]);
  const sectors = pickSectors(random, country, city);
  const primary = sectors[0];
  const serviceFirm = SERVICE_SECTORS.has(primary);
  const picked = pickPartnershipTypes(random, country, sectors);
  const seeksHs = pickSeeks(random, country, sectors, picked);
  const partnershipTypes = importOnlyWithWishes(picked, seeksHs, serviceFirm);
  const importer = partnershipTypes.includes('import');
  const pureImporter = importer && !partnershipTypes.includes('export') && !serviceFirm;

  const products = pickProducts(random, country, sectors);
  // A firm that only imports has nothing to offer the other country, except the odd one that
  // also makes something of its own; it is described by what it buys.
  const offersGoods = !pureImporter || random.chance(0.3);
  const goods = products.filter((product) => product.hs !== null);
  const dealtGoods = offersGoods
    ? goods
    : goods.filter((product) => product.hs !== null && seeksHs.includes(product.hs));
  const services = products.filter((product) => product.hs === null).map((product) => product.en);
  const offersHs = offersGoods ? chaptersOf(goods) : [];
  const chapters = new Set([...chaptersOf(dealtGoods), ...(offersGoods ? [] : seeksHs)]);
  if (services.length > 0) {
    chapters.add('-');
  }

  const sizeBand = pickSizeBand(random, country, primary);
  const foundedYear = pickFoundedYear(random, country, primary);
  const languages = pickLanguages(random, country, city.name);
  const certifications = pickCertifications(random, country, sectors);
  const jvSectors = pickJvSectors(random, sectors, partnershipTypes);
  const review = pickReview(random, now);
  const hasWebsite = random.chance(0.6);
  const { name, brand } = nameCompany(
    random,
    { country, city, sector: primary, services: serviceFirm, importer, chapters },
    names,
  );
  const description = describeCompany(random, {
    name,
    country,
    city: city.name,
    sizeBand,
    primary,
    serviceFirm,
    goods: dealtGoods.map((product) => product.en),
    services,
    partnershipTypes,
    seeksHs,
    foundedYear,
    certifications,
    brand,
  });

  return {
    name,
    country,
    city: city.name,
    registrationNumber: registrationNumberFor(country, index),
    sectors,
    offersHs,
    seeksHs,
    partnershipTypes,
    jvSectors,
    sizeBand,
    foundedYear,
    languages,
    website: hasWebsite ? websiteFor(random, country, name) : null,
    description,
    certifications,
    ...review,
  };
}

/**
 * One to three sectors: the first from what the city is known for, the rest related to it. A
 * Pakistani firm outside the chamber's priority sectors often has a priority line on the side, as
 * Pakistan's exports to Azerbaijan are mostly priority-sector goods.
 */
function pickSectors(random: Random, country: Country, city: CityProfile): SectorCode[] {
  const sectors = [random.weighted(city.sectors)];
  // A service firm's other sectors are the ones its work serves (a forwarder's food, an IT
  // house's education), never a side line in goods picked from the city.
  const serviceFirm = SERVICE_SECTORS.has(sectors[0]);
  if (
    country === 'PK' &&
    !serviceFirm &&
    !PRIORITY_SECTORS.includes(sectors[0]) &&
    random.chance(0.3)
  ) {
    const priority = city.sectors.filter(([sector]) => PRIORITY_SECTORS.includes(sector));
    if (priority.length > 0) {
      sectors.push(random.weighted(priority));
    }
  }
  const wanted = random.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ]);
  for (let attempt = 0; sectors.length < wanted && attempt < 6; attempt += 1) {
    const next =
      serviceFirm || random.chance(0.8)
        ? random.pick(RELATED_SECTORS[sectors[0]])
        : random.weighted(city.sectors);
    if (!sectors.includes(next)) {
      sectors.push(next);
    }
  }
  return sectors;
}

/**
 * A firm that lists `import` but wants to buy nothing of its line (a Pakistani tour operator)
 * does not import: the type goes, and a firm left without any exports its services or goods.
 */
function importOnlyWithWishes(
  types: readonly PartnershipType[],
  seeksHs: readonly string[],
  serviceFirm: boolean,
): PartnershipType[] {
  if (seeksHs.length > 0 || !types.includes('import')) {
    return [...types];
  }
  const rest = types.filter((type) => type !== 'import');
  return rest.length > 0 ? rest : [serviceFirm ? 'outsourcing' : 'export'];
}

/**
 * Up to three products of the main sector, and now and then one of each other sector. A service
 * firm sells its own services only: it takes nothing of the sectors it serves (a forwarder ships
 * mangoes, it does not sell them; a guest house does not repair ships).
 */
function pickProducts(random: Random, country: Country, sectors: readonly SectorCode[]): Product[] {
  const [primary, ...others] = sectors;
  const products = random.sample(productsFor(primary, country), random.int(1, 3));
  if (SERVICE_SECTORS.has(primary)) {
    return products;
  }
  for (const sector of others) {
    const odds = country === 'PK' && PRIORITY_SECTORS.includes(sector) ? 0.9 : 0.5;
    if (random.chance(odds)) {
      products.push(random.pick(productsFor(sector, country)));
    }
  }
  return products;
}

function pickSeeks(
  random: Random,
  country: Country,
  sectors: readonly SectorCode[],
  types: readonly PartnershipType[],
): string[] {
  const primary = sectors[0];
  // An exporter that does not import often lists nothing it wants to buy.
  if (!types.includes('import') && random.chance(0.25)) {
    return [];
  }
  const seeks = new Set(random.sample(SECTOR_SEEKS[country][primary], random.int(1, 3)));
  // Trading houses also buy what sells best at home, within their line of business (the
  // sector→HS map of libs/contracts): an IT distributor does not buy cotton.
  const trader = types.includes('import') || types.includes('distribution');
  const inLine = COUNTRY_SEEKS[country].filter((chapter) => sectorsDeal(sectors, chapter));
  if (trader && inLine.length > 0 && random.chance(0.2)) {
    seeks.add(random.pick(inLine));
  }
  return [...seeks].sort();
}

/** Whether firms of one of the sectors make, sell or buy goods of the chapter (libs/contracts). */
export function sectorsDeal(sectors: readonly SectorCode[], chapter: string): boolean {
  return SECTORS.some(
    (sector) =>
      sectors.includes(sector.code) &&
      ((sector.hs as readonly string[]).includes(chapter) ||
        (sector.inputs as readonly string[]).includes(chapter)),
  );
}

function chaptersOf(products: readonly Product[]): string[] {
  const chapters = products.flatMap((product) => (product.hs === null ? [] : [product.hs]));
  return [...new Set(chapters)].sort();
}
