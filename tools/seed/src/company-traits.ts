import type {
  Country,
  LanguageCode,
  PartnershipType,
  SectorCode,
  SizeBand,
  VerificationStatus,
} from '@jcc/contracts';
import { JOINT_VENTURE_SECTORS, LANGUAGE_CODES, PARTNERSHIP_TYPES } from '@jcc/contracts';

import type { Random, Weighted } from './random';
import {
  RELATED_SECTORS,
  SECTOR_CERTIFICATIONS,
  SECTOR_FOUNDED_FROM,
  SERVICE_SECTORS,
} from './sector-trade';

// Sectors that export raw materials: Azerbaijani firms in them sell abroad rather than buy.
const AZ_EXPORT_SECTORS: ReadonlySet<SectorCode> = new Set<SectorCode>([
  'energy',
  'agriculture',
  'chemicals',
  'metallurgy',
  'food',
]);
// Pakistani firms in these import their raw materials (crude, ore, feedstock) as well.
const PK_IMPORT_SECTORS: ReadonlySet<SectorCode> = new Set<SectorCode>([
  'energy',
  'chemicals',
  'metallurgy',
  'pharmaceuticals',
]);
const HEAVY_SECTORS: ReadonlySet<SectorCode> = new Set<SectorCode>([
  'energy',
  'metallurgy',
  'chemicals',
  'construction',
]);

/**
 * Pakistani firms come to the chamber mostly to export, Azerbaijani ones mostly to import; both
 * look for joint ventures more when they are in one of the chamber's joint-venture sectors.
 */
export function pickPartnershipTypes(
  random: Random,
  country: Country,
  sectors: readonly SectorCode[],
): PartnershipType[] {
  const primary = sectors[0];
  const inJvSector = sectors.some((sector) => JOINT_VENTURE_SECTORS.includes(sector));
  const services = SERVICE_SECTORS.has(primary);
  const odds: Record<PartnershipType, number> =
    country === 'PK'
      ? {
          export: services ? 0.5 : 0.88,
          import: PK_IMPORT_SECTORS.has(primary) ? 0.35 : 0.08,
          joint_venture: inJvSector ? 0.4 : 0.15,
          distribution: 0.35,
          licensing: 0.07,
          investment_seeking: 0.15,
          investing: 0.02,
          technology_transfer: 0.08,
          outsourcing: services ? 0.5 : 0.04,
        }
      : {
          export: AZ_EXPORT_SECTORS.has(primary) ? 0.6 : 0.15,
          import: AZ_EXPORT_SECTORS.has(primary) ? 0.45 : 0.8,
          joint_venture: inJvSector ? 0.35 : 0.15,
          distribution: 0.45,
          licensing: 0.08,
          investment_seeking: 0.05,
          investing: 0.25,
          technology_transfer: 0.1,
          outsourcing: services ? 0.3 : 0.03,
        };
  const types = PARTNERSHIP_TYPES.filter((type) => random.chance(odds[type]));
  if (types.length === 0) {
    types.push(country === 'PK' ? 'export' : 'import');
  }
  return types;
}

/** The joint-venture sectors of a firm that wants one: its own where it can, else a neighbour's. */
export function pickJvSectors(
  random: Random,
  sectors: readonly SectorCode[],
  types: readonly PartnershipType[],
): SectorCode[] {
  if (!types.includes('joint_venture')) {
    return [];
  }
  const own = sectors.filter((sector) => JOINT_VENTURE_SECTORS.includes(sector));
  if (own.length > 0) {
    return own;
  }
  const near = RELATED_SECTORS[sectors[0]].filter((sector) =>
    JOINT_VENTURE_SECTORS.includes(sector),
  );
  return [random.pick(near.length > 0 ? near : JOINT_VENTURE_SECTORS)];
}

export function pickSizeBand(random: Random, country: Country, primary: SectorCode): SizeBand {
  const heavy = HEAVY_SECTORS.has(primary);
  const bands: Weighted<SizeBand> =
    country === 'PK'
      ? [
          ['micro', heavy ? 3 : 12],
          ['small', 38],
          ['medium', 35],
          ['large', heavy ? 35 : 15],
        ]
      : [
          ['micro', heavy ? 5 : 20],
          ['small', 40],
          ['medium', 28],
          ['large', heavy ? 30 : 12],
        ];
  return random.weighted(bands);
}

/**
 * 1950–2024, newer years likelier. Most Azerbaijani private firms date from after independence
 * (1991); a few older ones are former state enterprises.
 */
export function pickFoundedYear(random: Random, country: Country, primary: SectorCode): number {
  const sectorFrom = SECTOR_FOUNDED_FROM[primary] ?? 1950;
  const soviet = country === 'AZ' && sectorFrom < 1991 && random.chance(0.06);
  const from = country === 'AZ' && !soviet ? Math.max(sectorFrom, 1992) : sectorFrom;
  const to = soviet ? 1991 : 2024;
  return to - Math.floor(Math.pow(random.next(), 1.4) * (to - from + 1));
}

export function pickLanguages(random: Random, country: Country, city: string): LanguageCode[] {
  const odds: Partial<Record<LanguageCode, number>> =
    country === 'PK'
      ? {
          en: 0.97,
          ur: 0.88,
          pa: ['Lahore', 'Faisalabad', 'Sialkot', 'Gujranwala', 'Multan'].includes(city)
            ? 0.15
            : 0.04,
          ar: 0.08,
          ru: 0.06,
          zh: 0.04,
          fa: ['Peshawar', 'Quetta'].includes(city) ? 0.15 : 0.02,
          tr: 0.03,
          // Sialkot's surgical and sports exporters have sold to Germany for a century.
          de: city === 'Sialkot' ? 0.12 : 0.02,
        }
      : {
          az: 0.97,
          ru: 0.78,
          en: 0.45,
          tr: 0.3,
          fa: ['Lankaran', 'Nakhchivan'].includes(city) ? 0.1 : 0.03,
          ar: 0.02,
          de: 0.02,
        };
  const languages = LANGUAGE_CODES.filter((code) => random.chance(odds[code] ?? 0));
  if (languages.length === 0) {
    languages.push(country === 'PK' ? 'en' : 'az');
  }
  return languages;
}

export function pickCertifications(
  random: Random,
  country: Country,
  sectors: readonly SectorCode[],
): string[] {
  const held = new Set<string>();
  sectors.forEach((sector, position) => {
    // A side line rarely gets its own certification.
    const weight = position === 0 ? 1 : 0.4;
    for (const [certification, share] of SECTOR_CERTIFICATIONS[sector]) {
      // Halal is near-universal among Pakistani food exporters, less so in Azerbaijan.
      const odds = (certification === 'Halal' && country === 'AZ' ? share * 0.7 : share) * weight;
      if (random.chance(odds)) {
        held.add(certification);
      }
    }
  });
  return [...held].slice(0, 4);
}

export interface Review {
  verification: VerificationStatus;
  verificationNote: string | null;
  verifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const DAY_MS = 86_400_000;
const REJECTION_NOTES = [
  'Registration certificate is illegible; please upload a clearer scan.',
  'The registration number does not match the uploaded certificate.',
  'Company could not be reached at the listed address.',
  "The chamber's membership fee for this year is outstanding.",
] as const;

/** Created over the two years before `now`; about 70% verified, 25% pending, 5% rejected. */
export function pickReview(random: Random, now: Date): Review {
  const createdMs = now.getTime() - Math.floor(random.next() * 730 * DAY_MS);
  const reviewedMs = Math.min(
    now.getTime(),
    createdMs + Math.floor((1 + random.next() * 20) * DAY_MS),
  );
  const verification = random.weighted<VerificationStatus>([
    ['verified', 70],
    ['pending', 25],
    ['rejected', 5],
  ]);
  const createdAt = new Date(createdMs);
  if (verification === 'pending') {
    return {
      verification,
      verificationNote: null,
      verifiedAt: null,
      createdAt,
      updatedAt: createdAt,
    };
  }
  const reviewedAt = new Date(reviewedMs);
  return verification === 'verified'
    ? {
        verification,
        verificationNote: null,
        verifiedAt: reviewedAt,
        createdAt,
        updatedAt: reviewedAt,
      }
    : {
        verification,
        verificationNote: random.pick(REJECTION_NOTES),
        verifiedAt: null,
        createdAt,
        updatedAt: reviewedAt,
      };
}
