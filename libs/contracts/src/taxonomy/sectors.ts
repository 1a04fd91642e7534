/**
 * Sectors the chamber works with. The first five are the chamber report's priority export sectors,
 * the next six its joint-venture sectors; the rest are areas of cooperation the report names.
 * `isic` lists the ISIC Rev.4 divisions each sector covers. The sector→HS map (never used by
 * matching, which compares the firms' own lists):
 * - `hs`: the HS chapters a firm of the sector makes, sells or resells;
 * - `inputs`: the chapters it buys besides those — raw materials, machinery, supplies (a textile
 *   mill buys dyes and looms, a hotel linen and furniture).
 * The demo generator (tools/seed) draws every firm's offers and wishes from it, and its coherence
 * test checks every generated firm against it; staff tools use `hs` to suggest products.
 */
export const SECTORS = [
  {
    code: 'textiles',
    name: 'Textiles and home textiles',
    isic: ['13', '14'],
    hs: ['50', '51', '52', '54', '55', '57', '58', '60', '61', '62', '63'],
    inputs: ['32', '84'],
  },
  {
    code: 'leather',
    name: 'Leather and leather goods',
    isic: ['15'],
    hs: ['41', '42', '43', '64'],
    inputs: ['28', '32'],
  },
  {
    code: 'food',
    name: 'Food and beverages',
    isic: ['10', '11'],
    hs: ['02', '04', '07', '08', '09', '10', '17', '19', '20', '22'],
    inputs: ['15'],
  },
  {
    code: 'sports_goods',
    name: 'Sports goods',
    isic: ['32'],
    hs: ['95', '61', '62', '42'],
    inputs: ['39', '40', '41', '52'],
  },
  {
    code: 'surgical_instruments',
    name: 'Surgical and medical instruments',
    isic: ['32', '26'],
    hs: ['90', '82'],
    inputs: ['30', '72', '73', '81'],
  },
  {
    code: 'pharmaceuticals',
    name: 'Pharmaceuticals',
    isic: ['21'],
    hs: ['30', '29'],
    inputs: ['28', '90'],
  },
  {
    code: 'chemicals',
    name: 'Chemicals',
    isic: ['20'],
    hs: ['28', '29', '31', '32', '33', '34', '38', '39'],
    inputs: ['27'],
  },
  {
    code: 'mechanical_engineering',
    name: 'Mechanical engineering',
    isic: ['28', '29', '30', '33'],
    hs: ['84', '85', '86', '87'],
    inputs: ['72', '73', '76'],
  },
  {
    code: 'metallurgy',
    name: 'Metallurgy and metal products',
    isic: ['24', '25'],
    hs: ['72', '73', '74', '76', '26'],
    inputs: ['27', '84'],
  },
  {
    code: 'food_processing',
    name: 'Food processing',
    isic: ['10'],
    hs: ['11', '15', '16', '19', '20', '21', '84'],
    inputs: ['07', '08', '10', '17'],
  },
  {
    code: 'light_industry',
    name: 'Light industry',
    isic: ['14', '16', '17', '22', '31'],
    hs: ['39', '44', '48', '94', '96'],
    inputs: ['52'],
  },
  {
    code: 'energy',
    name: 'Energy, oil and gas',
    isic: ['05', '06', '09', '19', '35'],
    hs: ['27', '85'],
    inputs: ['73', '84'],
  },
  {
    code: 'agriculture',
    name: 'Agriculture',
    isic: ['01', '02', '03'],
    hs: ['01', '03', '06', '07', '08', '10', '12'],
    inputs: ['31', '84'],
  },
  {
    code: 'construction',
    name: 'Construction and infrastructure',
    isic: ['41', '42', '43', '71'],
    hs: ['25', '68', '69', '70', '73'],
    inputs: ['27', '72', '76'],
  },
  {
    code: 'transport_logistics',
    name: 'Transport and logistics',
    isic: ['49', '50', '51', '52', '53'],
    hs: ['86', '87', '89'],
    inputs: ['27', '84'],
  },
  {
    code: 'tourism',
    name: 'Tourism and hospitality',
    isic: ['55', '56', '79'],
    hs: [],
    inputs: ['63', '94'],
  },
  {
    code: 'it_technology',
    name: 'IT and technology',
    isic: ['58', '61', '62', '63'],
    hs: ['84', '85'],
    inputs: [],
  },
  { code: 'education', name: 'Education and training', isic: ['85'], hs: ['49'], inputs: ['85'] },
  {
    code: 'environment',
    name: 'Environment and waste management',
    isic: ['36', '37', '38', '39'],
    hs: ['84', '38'],
    inputs: [],
  },
] as const;

export type SectorCode = (typeof SECTORS)[number]['code'];
export const SECTOR_CODES: readonly SectorCode[] = SECTORS.map((sector) => sector.code);
/** The chamber report's five priority export sectors. */
export const PRIORITY_SECTORS: readonly SectorCode[] = [
  'textiles',
  'leather',
  'food',
  'sports_goods',
  'surgical_instruments',
];
/** The chamber report's joint-venture sectors. */
export const JOINT_VENTURE_SECTORS: readonly SectorCode[] = [
  'pharmaceuticals',
  'chemicals',
  'mechanical_engineering',
  'metallurgy',
  'food_processing',
  'light_industry',
];
