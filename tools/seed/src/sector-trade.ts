import type { Country, SectorCode } from '@jcc/contracts';

import type { Weighted } from './random';

/** Sectors a firm in the first often also works in (a Sialkot glove maker makes sportswear). */
export const RELATED_SECTORS: Record<SectorCode, readonly SectorCode[]> = {
  textiles: ['light_industry', 'leather', 'sports_goods'],
  leather: ['sports_goods', 'textiles', 'light_industry'],
  food: ['food_processing', 'agriculture'],
  sports_goods: ['leather', 'textiles', 'surgical_instruments'],
  surgical_instruments: ['sports_goods', 'metallurgy', 'pharmaceuticals'],
  pharmaceuticals: ['chemicals', 'surgical_instruments'],
  chemicals: ['pharmaceuticals', 'energy', 'environment'],
  mechanical_engineering: ['metallurgy', 'energy', 'construction'],
  metallurgy: ['mechanical_engineering', 'construction'],
  food_processing: ['food', 'agriculture'],
  light_industry: ['textiles', 'construction', 'chemicals'],
  energy: ['chemicals', 'construction', 'environment'],
  agriculture: ['food', 'food_processing'],
  construction: ['metallurgy', 'energy', 'light_industry'],
  transport_logistics: ['energy', 'food', 'tourism'],
  tourism: ['transport_logistics', 'education'],
  it_technology: ['education', 'transport_logistics', 'energy'],
  education: ['it_technology', 'tourism'],
  environment: ['energy', 'chemicals', 'construction'],
};

/** Sectors whose firms sell services rather than goods: descriptions and suffixes differ. */
export const SERVICE_SECTORS: ReadonlySet<SectorCode> = new Set<SectorCode>([
  'transport_logistics',
  'tourism',
  'it_technology',
  'education',
  'environment',
]);

/**
 * What a firm of the sector would buy from the other country. Azerbaijan imports textiles,
 * medicines, food and machinery from Pakistan; Pakistan buys fuels, chemicals, fertiliser, metals
 * and cotton from Azerbaijan.
 */
export const SECTOR_SEEKS: Record<Country, Record<SectorCode, readonly string[]>> = {
  AZ: {
    textiles: ['52', '55', '61', '62', '63', '84'],
    leather: ['41', '42', '64'],
    food: ['10', '08', '09', '17', '19', '20'],
    sports_goods: ['95', '61', '62'],
    surgical_instruments: ['90', '30'],
    pharmaceuticals: ['30', '29', '90'],
    chemicals: ['29', '32', '38', '28'],
    mechanical_engineering: ['84', '85', '87'],
    metallurgy: ['72', '73', '84'],
    food_processing: ['10', '07', '08', '15', '84'],
    light_industry: ['39', '48', '94', '52'],
    energy: ['84', '85', '73'],
    agriculture: ['31', '84', '12', '10'],
    construction: ['25', '68', '69', '72', '73'],
    transport_logistics: ['87', '84'],
    tourism: ['63', '94'],
    it_technology: ['84', '85'],
    education: ['49', '85'],
    environment: ['84', '38'],
  },
  PK: {
    textiles: ['52', '54', '55', '32', '84'],
    leather: ['41', '32', '28'],
    food: ['08', '09', '15', '17'],
    sports_goods: ['40', '39', '41', '52'],
    surgical_instruments: ['72', '73', '81'],
    pharmaceuticals: ['29', '30', '28'],
    chemicals: ['27', '29', '28', '31', '39'],
    mechanical_engineering: ['72', '73', '76', '85'],
    metallurgy: ['72', '76', '74', '26', '27'],
    food_processing: ['15', '10', '17', '08', '84'],
    light_industry: ['39', '44', '48'],
    energy: ['27', '85', '84'],
    agriculture: ['31', '84', '12'],
    construction: ['72', '25', '76', '27'],
    transport_logistics: ['27', '87', '89'],
    tourism: [],
    it_technology: ['85', '84'],
    education: ['49'],
    environment: ['84', '38'],
  },
};

/** What any firm of the country is likely to import from the other, whatever its sector. */
export const COUNTRY_SEEKS: Record<Country, readonly string[]> = {
  AZ: ['52', '61', '62', '63', '30', '10', '84'],
  PK: ['27', '29', '31', '72', '76', '52'],
};

/** Certifications firms of the sector hold, each with the share of firms that hold it. */
export const SECTOR_CERTIFICATIONS: Record<SectorCode, Weighted<string>> = {
  textiles: [
    ['ISO 9001', 0.4],
    ['OEKO-TEX Standard 100', 0.4],
    ['GOTS', 0.15],
    ['Better Cotton', 0.15],
    ['WRAP', 0.12],
    ['SA8000', 0.08],
  ],
  leather: [
    ['LWG', 0.35],
    ['ISO 9001', 0.35],
    ['REACH compliant', 0.15],
  ],
  food: [
    ['Halal', 0.8],
    ['HACCP', 0.4],
    ['ISO 22000', 0.3],
    ['BRCGS', 0.08],
  ],
  sports_goods: [
    ['ISO 9001', 0.35],
    ['FIFA Quality', 0.12],
    ['WRAP', 0.1],
    ['SA8000', 0.08],
  ],
  surgical_instruments: [
    ['ISO 13485', 0.7],
    ['CE', 0.6],
    ['ISO 9001', 0.45],
    ['FDA registered', 0.2],
  ],
  pharmaceuticals: [
    ['WHO-GMP', 0.5],
    ['ISO 9001', 0.35],
    ['ISO 14001', 0.1],
  ],
  chemicals: [
    ['ISO 9001', 0.45],
    ['ISO 14001', 0.3],
    ['REACH compliant', 0.12],
  ],
  mechanical_engineering: [
    ['ISO 9001', 0.5],
    ['CE', 0.25],
  ],
  metallurgy: [
    ['ISO 9001', 0.5],
    ['ISO 14001', 0.2],
  ],
  food_processing: [
    ['Halal', 0.75],
    ['HACCP', 0.45],
    ['ISO 22000', 0.3],
    ['FSSC 22000', 0.1],
  ],
  light_industry: [
    ['ISO 9001', 0.35],
    ['FSC', 0.1],
  ],
  energy: [
    ['ISO 14001', 0.4],
    ['ISO 45001', 0.35],
    ['API Q1', 0.12],
  ],
  agriculture: [
    ['GlobalG.A.P.', 0.2],
    ['Halal', 0.2],
    ['Organic (EU)', 0.06],
  ],
  construction: [
    ['ISO 9001', 0.45],
    ['ISO 45001', 0.25],
    ['CE', 0.1],
  ],
  transport_logistics: [
    ['ISO 9001', 0.3],
    ['FIATA member', 0.2],
    ['TAPA', 0.05],
  ],
  tourism: [['IATA accredited', 0.1]],
  it_technology: [
    ['ISO 27001', 0.3],
    ['CMMI Level 3', 0.1],
    ['ISO 9001', 0.2],
  ],
  education: [['ISO 21001', 0.1]],
  environment: [
    ['ISO 14001', 0.5],
    ['ISO 45001', 0.2],
  ],
};

/** The earliest founding year that makes sense: there was no software house in 1950. */
export const SECTOR_FOUNDED_FROM: Partial<Record<SectorCode, number>> = {
  it_technology: 1990,
  environment: 1985,
  education: 1960,
};
