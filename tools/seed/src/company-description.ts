import type { Country, PartnershipType, SectorCode, SizeBand } from '@jcc/contracts';
import { HS_CHAPTERS } from '@jcc/contracts';

import type { Random } from './random';

export interface DescriptionContext {
  name: string;
  country: Country;
  city: string;
  sizeBand: SizeBand;
  primary: SectorCode;
  serviceFirm: boolean;
  /** Goods it makes or, for an importer, buys; empty when the chapters it seeks say it better. */
  goods: readonly string[];
  services: readonly string[];
  partnershipTypes: readonly PartnershipType[];
  seeksHs: readonly string[];
  foundedYear: number | null;
  certifications: readonly string[];
  /** The word the firm trades under, for the odd "sold under the … brand" sentence. */
  brand: string;
}

const COUNTRY_NAMES: Record<Country, string> = { PK: 'Pakistan', AZ: 'Azerbaijan' };
const SIZE_WORDS: Record<SizeBand, readonly string[]> = {
  micro: ['small', 'family-run', 'young'],
  small: ['small', 'family-owned', 'growing'],
  medium: ['mid-sized', 'established', 'well-established'],
  large: ['large', 'leading', 'major'],
};
// Crude oil is produced and fruit grown, not manufactured.
const PRODUCER_SECTORS: ReadonlySet<SectorCode> = new Set<SectorCode>([
  'energy',
  'chemicals',
  'metallurgy',
  'food',
  'food_processing',
]);
const MAX_SENTENCES = 3;

/** Short names of the chapters firms say they buy; the HS titles are too long for a sentence. */
const SEEK_LABELS: Readonly<Record<string, string>> = {
  '07': 'vegetables',
  '08': 'fruit and nuts',
  '09': 'tea and spices',
  '10': 'rice',
  '12': 'seeds',
  '15': 'edible oils',
  '17': 'sugar',
  '19': 'bakery products',
  '20': 'fruit preserves',
  '25': 'cement and building stone',
  '26': 'iron ore',
  '27': 'fuels and petroleum products',
  '28': 'inorganic chemicals',
  '29': 'organic chemicals',
  '30': 'medicines',
  '31': 'fertilisers',
  '32': 'dyes and paints',
  '38': 'chemical products',
  '39': 'plastics',
  '40': 'rubber',
  '41': 'hides and leather',
  '42': 'leather goods',
  '44': 'timber',
  '48': 'paper and packaging',
  '49': 'books',
  '52': 'cotton',
  '54': 'synthetic filament yarn',
  '55': 'synthetic fibres',
  '61': 'knitted garments',
  '62': 'garments',
  '63': 'home textiles',
  '64': 'footwear',
  '68': 'marble and stone',
  '69': 'ceramics',
  '72': 'steel',
  '73': 'steel products',
  '74': 'copper',
  '76': 'aluminium',
  '81': 'titanium and special metals',
  '84': 'machinery',
  '85': 'electrical equipment',
  '87': 'vehicles and parts',
  '89': 'vessels',
  '90': 'medical instruments',
  '94': 'furniture',
  '95': 'sports goods',
};

/** One to three English sentences naming the firm's products and city, for full-text search. */
export function describeCompany(random: Random, context: DescriptionContext): string {
  const sentences = [introduce(random, context)];
  const goods = goodsWords(context);
  if (!context.serviceFirm && goods.length > 0 && context.services.length > 0) {
    sentences.push(`It also offers ${listWords(context.services)}.`);
  }
  const intent = statePartnerIntent(random, context);
  if (intent) {
    sentences.push(intent);
  }
  if (random.chance(0.45)) {
    sentences.push(addDetail(random, context));
  }
  return sentences.slice(0, MAX_SENTENCES).join(' ');
}

function introduce(random: Random, context: DescriptionContext): string {
  const size = withArticle(random.pick(SIZE_WORDS[context.sizeBand]));
  const goods = goodsWords(context);
  const { name, city } = context;
  const country = COUNTRY_NAMES[context.country];
  if (context.serviceFirm || goods.length === 0) {
    const offering = listWords([...context.services, ...goods]);
    return random.chance(0.5)
      ? `${name} is ${size} ${city}-based company offering ${offering}.`
      : `Based in ${city}, ${country}, ${name} provides ${offering}.`;
  }
  const role = roleOf(context);
  const products = listWords(goods);
  return random.chance(0.6)
    ? `${name} is ${size} ${role.noun} of ${products} based in ${city}, ${country}.`
    : `Based in ${city}, ${name} ${role.verb} ${products}.`;
}

/** An importer that names no goods of its own is described by the chapters it buys. */
function goodsWords(context: DescriptionContext): readonly string[] {
  return describedBySeeks(context) ? context.seeksHs.map(seekLabel) : context.goods;
}

function describedBySeeks(context: DescriptionContext): boolean {
  return context.goods.length === 0 && !context.serviceFirm && isPureImporter(context);
}

function isPureImporter(context: DescriptionContext): boolean {
  return (
    context.partnershipTypes.includes('import') && !context.partnershipTypes.includes('export')
  );
}

function roleOf(context: DescriptionContext): { noun: string; verb: string } {
  if (isPureImporter(context)) {
    return { noun: 'importer and distributor', verb: 'imports and distributes' };
  }
  const [noun, verb] =
    context.primary === 'agriculture'
      ? ['grower', 'grows']
      : PRODUCER_SECTORS.has(context.primary)
        ? ['producer', 'produces']
        : ['manufacturer', 'manufactures'];
  return context.partnershipTypes.includes('export')
    ? { noun: `${noun} and exporter`, verb: `${verb} and exports` }
    : { noun, verb };
}

function statePartnerIntent(random: Random, context: DescriptionContext): string | null {
  const other = COUNTRY_NAMES[context.country === 'PK' ? 'AZ' : 'PK'];
  const types = context.partnershipTypes;
  if (types.includes('import') && context.seeksHs.length > 0 && random.chance(0.8)) {
    // The introduction already listed what it buys; do not list it twice.
    if (describedBySeeks(context)) {
      return `It wants to buy directly from producers in ${other}.`;
    }
    const seeks = listWords(context.seeksHs.map(seekLabel));
    return `It is looking for reliable suppliers of ${seeks} from ${other}.`;
  }
  if (types.includes('joint_venture') && random.chance(0.6)) {
    return `The company is open to a joint venture with a partner in ${other}.`;
  }
  if (types.includes('export') && random.chance(0.7)) {
    const partner = random.pick(
      context.serviceFirm
        ? ['clients', 'partners', 'agents']
        : ['importers', 'distributors', 'wholesale buyers', 'agents'],
    );
    return `It is seeking ${partner} in ${other}.`;
  }
  if (types.includes('investing') && random.chance(0.7)) {
    return `It is ready to invest in production and trade ventures with partners from ${other}.`;
  }
  if (types.includes('outsourcing') && random.chance(0.7)) {
    return `It takes on outsourced projects for clients in ${other}.`;
  }
  return null;
}

function addDetail(random: Random, context: DescriptionContext): string {
  if (context.certifications.length > 0 && random.chance(0.5)) {
    // "GlobalG.A.P." already ends in a full stop.
    return `The company is certified to ${listWords(context.certifications)}.`.replace(
      /\.\.$/,
      '.',
    );
  }
  if (context.foundedYear !== null && random.chance(0.6)) {
    return `Established in ${context.foundedYear}, it serves customers across the region.`;
  }
  // Brand names in quotes: real profiles have them, and they exercise the escaping on insert.
  return context.serviceFirm
    ? `Clients across ${COUNTRY_NAMES[context.country]} know it as "${context.brand}".`
    : `Its goods are sold under the "${context.brand}" brand.`;
}

/** How a description names a chapter the firm wants to buy. */
export function seekLabel(code: string): string {
  return SEEK_LABELS[code] ?? HS_CHAPTERS.find((chapter) => chapter.code === code)?.name ?? code;
}

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) {
    return words.join('');
  }
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
