import type { Country, SectorCode } from '@jcc/contracts';

import type { CityProfile } from './city-profiles';
import { AZ_CORES, CORE_CHAPTERS, EN_CORES } from './name-cores';
import {
  AZ_EN_LEADS,
  AZ_LEADS,
  PK_FAMILIES,
  PK_FAMILY_FORMS,
  PK_PERSONAL_NAMES,
  PK_PREFIXES,
} from './name-leads';
import type { NameRegistry } from './name-registry';
import type { Random, Weighted } from './random';
import {
  AZ_EN_ROLES,
  AZ_EN_TAILS,
  AZ_TAILS,
  PK_GOODS_TAILS,
  PK_PLAIN_TAILS,
  PK_SERVICE_TAILS,
} from './name-tails';

export interface NameContext {
  country: Country;
  city: CityProfile;
  sector: SectorCode;
  services: boolean;
  importer: boolean;
  /** Chapters the firm deals in ('-' for services): its name must promise no other goods. */
  chapters: ReadonlySet<string>;
}

/** A name split where a distinguishing word goes: "Al-Noor Textile Mills" + " (Pvt) Ltd". */
interface NameParts {
  lead: string;
  stem: string;
  legal: string;
}

export interface CompanyName {
  name: string;
  /** The word it trades under: "Al-Noor", "Land of Fire", "Gəncə". */
  brand: string;
}

const PLAIN_ENDINGS = /\b(Mills|Works|Laboratories|Tanneries|Farms|Orchards|Foods|Industries)$/;
// Redrawing a few times before numbering keeps "… 2" names rare even at 100,000 firms.
const DRAWS = 6;

/** Picks a name that fits the firm and that no earlier firm of the run has. */
export function nameCompany(
  random: Random,
  context: NameContext,
  registry: NameRegistry,
): CompanyName {
  const cores = {
    en: fittingCores(EN_CORES[context.sector], context.chapters),
    az: fittingCores(AZ_CORES[context.sector], context.chapters),
  };
  const drawn = Array.from({ length: DRAWS }, () => drawName(random, context, cores));
  const first = drawn[0];
  const candidates = drawn.map(join);
  if (!first.stem.includes(context.city.localName)) {
    candidates.push(`${first.stem} ${context.city.localName}${first.legal}`);
  }
  const name = registry.claim(candidates, (n) => `${first.stem} ${n}${first.legal}`);
  const chosen = drawn.find((parts) => join(parts) === name) ?? first;
  return { name, brand: chosen.lead };
}

function join(parts: NameParts): string {
  return parts.stem + parts.legal;
}

interface Cores {
  en: readonly string[];
  az: readonly string[];
}

/** The sector's cores that promise nothing the firm does not deal in. */
function fittingCores(cores: readonly string[], chapters: ReadonlySet<string>): readonly string[] {
  const fitting = cores.filter((core) => {
    const promised = CORE_CHAPTERS[core];
    return promised === undefined || promised.some((chapter) => chapters.has(chapter));
  });
  return fitting.length > 0 ? fitting : cores;
}

function drawName(random: Random, context: NameContext, cores: Cores): NameParts {
  if (context.country === 'PK') {
    return drawPakistaniName(random, context, cores.en);
  }
  return random.chance(0.3)
    ? drawEnglishAzerbaijaniName(random, context, cores.en)
    : drawAzerbaijaniName(random, context, cores.az);
}

function drawPakistaniName(
  random: Random,
  context: NameContext,
  cores: readonly string[],
): NameParts {
  const core = random.pick(cores);
  const lead = random.weighted<() => string>([
    [() => random.pick(PK_PREFIXES), 35],
    [() => random.pick(PK_FAMILY_FORMS).replace('{f}', random.pick(PK_FAMILIES)), 25],
    [() => random.pick(PK_PERSONAL_NAMES), 15],
    [() => context.city.localName, 15],
    [() => random.pick(context.city.landmarks), 10],
  ])();
  const tails = tailsFor(`PK|${context.services}|${core}`, () => {
    const all = PLAIN_ENDINGS.test(core)
      ? PK_PLAIN_TAILS
      : context.services
        ? PK_SERVICE_TAILS
        : PK_GOODS_TAILS;
    return all.filter(([tail]) => !repeatsWord(core, tail));
  });
  // "Malik & Sons … & Co." says "and" once too often.
  const fitting = lead.includes('&') ? tails.filter(([tail]) => !tail.includes('&')) : tails;
  return { lead, stem: `${lead} ${core}`, legal: random.weighted(fitting) };
}

function drawAzerbaijaniName(
  random: Random,
  context: NameContext,
  cores: readonly string[],
): NameParts {
  const core = random.pick(cores);
  const lead = random.weighted<() => string>([
    [() => random.pick(AZ_LEADS), 60],
    [() => context.city.localName, 25],
    [() => random.pick(context.city.landmarks), 15],
  ])();
  const tails = tailsFor(`AZ|${context.services}|${core}`, () =>
    AZ_TAILS.filter(
      ([tail]) =>
        !repeatsWord(core, tail) &&
        // A trader or service firm is no manufacturer (İstehsalat), nor the reverse.
        !((context.services || core.includes('Ticarət')) && tail.includes('İstehsalat')) &&
        !(!context.services && tail.includes('Servis')),
    ),
  );
  return { lead, stem: `${lead} ${core}`, legal: random.weighted(tails) };
}

function drawEnglishAzerbaijaniName(
  random: Random,
  context: NameContext,
  cores: readonly string[],
): NameParts {
  const core = random.pick(cores);
  const lead = random.pick(AZ_EN_LEADS);
  const role = context.importer && !core.includes('Services') ? random.weighted(AZ_EN_ROLES) : '';
  return { lead, stem: `${lead} ${core}${role}`, legal: random.weighted(AZ_EN_TAILS) };
}

// The tails that fit a core never change; working them out once per core saves a third of the time.
const tailCache = new Map<string, Weighted<string>>();

function tailsFor(key: string, compute: () => Weighted<string>): Weighted<string> {
  let tails = tailCache.get(key);
  if (!tails) {
    tails = compute();
    tailCache.set(key, tails);
  }
  return tails;
}

/** True when the tail's first word is already in the core ("Tekstil Ticarət" + " Ticarət MMC"). */
function repeatsWord(core: string, tail: string): boolean {
  const word = tail.trim().split(' ')[0];
  return word !== '' && core.split(/[\s-]/).includes(word);
}
