import type { Country, OpportunityKind, OpportunityStatus, SectorCode } from '@jcc/contracts';
import type { NewOpportunityRow } from '@jcc/api/tooling';
import { mixSeed, Random, type Weighted } from './random';
import { productsFor } from './sector-products';

/** What the generator needs of a posting firm (verified firms, read from the database). */
export interface PostingFirm {
  id: string;
  country: Country;
  sectors: SectorCode[];
}

const KINDS: Weighted<OpportunityKind> = [
  ['business_offer', 40],
  ['business_request', 30],
  ['technology_offer', 8],
  ['technology_request', 10],
  ['joint_venture_call', 12],
];

/** Most of a live board is published; the rest is in every other state a firm passes through. */
const STATUSES: Weighted<OpportunityStatus> = [
  ['published', 70],
  ['submitted', 8],
  ['draft', 5],
  ['refused', 4],
  ['closed', 5],
  ['expired', 8],
];

const PARTNER: Record<Country, string> = { PK: 'Azerbaijani', AZ: 'Pakistani' };
const MARKET: Record<Country, string> = { PK: 'Azerbaijan and the Caspian region', AZ: 'Pakistan' };
const VOLUMES = [
  'a trial container',
  '2 containers a month',
  '5,000 units a month',
  '20 tonnes a month',
  'a yearly contract',
];
const REFUSALS = [
  'Please name quantities and delivery terms.',
  'The description reads as an advert: say what partner you look for.',
  'Please add the HS chapters of the goods.',
];

function titleFor(kind: OpportunityKind, product: string, country: Country): string {
  switch (kind) {
    case 'business_offer':
      return `Supplying ${product} to ${MARKET[country]}`;
    case 'business_request':
      return `Looking for ${PARTNER[country]} suppliers of ${product}`;
    case 'technology_offer':
      return `Know-how and equipment for ${product}: licensing or transfer`;
    case 'technology_request':
      return `Seeking technology partners for ${product}`;
    case 'joint_venture_call':
      return `Joint venture for ${product} with a ${PARTNER[country]} partner`;
  }
}

function summaryFor(kind: OpportunityKind, product: string, country: Country, random: Random) {
  const volume = random.pick(VOLUMES);
  const partner = PARTNER[country];
  switch (kind) {
    case 'business_offer':
      return `We produce ${product} and can ship ${volume} to ${MARKET[country]}. Private label and samples on request; we look for importers and distributors.`;
    case 'business_request':
      return `We buy ${product}, about ${volume}, and look for ${partner} producers who can meet our specifications and deliver regularly.`;
    case 'technology_offer':
      return `Our team has run ${product} production for years. We offer training, process know-how and second-hand equipment to a ${partner} firm.`;
    case 'technology_request':
      return `We want to modernise our ${product} line and seek a ${partner} partner for equipment, training or a licence.`;
    case 'joint_venture_call':
      return `We invite a ${partner} firm to set up a joint venture for ${product}: we bring the market and premises, the partner brings capital or technology.`;
  }
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 86_400_000;

/**
 * `count` believable opportunities, deterministic for a seed: the same index gives the same
 * opportunity whichever batch it is made in. Firms post in their own sectors and country; deadlines
 * and states are consistent (published ones open, expired ones past their deadline).
 */
export function generateOpportunities(
  firms: readonly PostingFirm[],
  count: number,
  options: { seed?: number; startIndex?: number; now?: Date } = {},
): NewOpportunityRow[] {
  if (firms.length === 0) {
    throw new Error('No verified firms to post opportunities: seed firms first');
  }
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const rows: NewOpportunityRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const random = new Random(mixSeed(seed, (options.startIndex ?? 0) + index));
    const firm = random.pick(firms);
    const sector = random.pick(firm.sectors);
    const products = productsFor(sector, firm.country);
    const product = products.length > 0 ? random.pick(products) : { en: sector, hs: null };
    const kind = random.weighted(KINDS);
    const status = random.weighted(STATUSES);
    const createdAt = new Date(now.getTime() - random.int(1, 300) * DAY - random.int(0, DAY));
    const submittedAt =
      status === 'draft' ? null : new Date(createdAt.getTime() + random.int(0, 2) * DAY);
    const open = status === 'published' || status === 'submitted' || status === 'draft';
    const deadline = open
      ? day(new Date(now.getTime() + random.int(7, 300) * DAY))
      : status === 'expired'
        ? day(new Date(now.getTime() - random.int(1, 60) * DAY))
        : day(new Date(createdAt.getTime() + random.int(30, 200) * DAY));
    const wasPublished = status === 'published' || status === 'expired' || status === 'closed';
    rows.push({
      companyId: firm.id,
      kind,
      title: titleFor(kind, product.en, firm.country),
      summary: summaryFor(kind, product.en, firm.country, random),
      sectors: [sector],
      hsChapters: product.hs ? [product.hs] : [],
      country: firm.country,
      deadline,
      status,
      refusalReason: status === 'refused' ? random.pick(REFUSALS) : null,
      createdAt,
      submittedAt,
      publishedAt: wasPublished && submittedAt ? new Date(submittedAt.getTime() + DAY) : null,
      closedAt: status === 'closed' || status === 'expired' ? now : null,
    });
  }
  return rows;
}
