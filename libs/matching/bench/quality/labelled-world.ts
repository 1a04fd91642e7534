import type { MatchProfile } from '../../src';

/*
 * The labelled world of `npm run bench:quality`: firms of the report's priority sectors (textiles
 * and home textiles, leather, food, sports goods, surgical instruments) and joint-venture sectors
 * (pharmaceuticals, chemicals, mechanical engineering, metallurgy, food processing, light
 * industry), plus the generic firms that crowded the old lists. Every scenario firm names the
 * partners a chamber officer would introduce it to, and why. All firms are verified.
 */
export interface WorldFirm extends MatchProfile {
  name: string;
}

export interface Scenario {
  /** The firm whose list is judged. */
  viewer: string;
  /** The partners an officer would pick, most important first (all of the other country). */
  picks: readonly string[];
  why: string;
}

type Fields = Omit<WorldFirm, 'id' | 'country' | 'verification'>;
const pk = (id: string, fields: Fields): WorldFirm => ({
  id,
  country: 'PK',
  verification: 'verified',
  ...fields,
});
const az = (id: string, fields: Fields): WorldFirm => ({
  id,
  country: 'AZ',
  verification: 'verified',
  ...fields,
});

// prettier-ignore
export const FIRMS: readonly WorldFirm[] = [
  // Pakistan: the five export sectors of the report
  pk('pk-home-linen', { name: 'Faisalabad Home Linen', sectors: ['textiles'], offersHs: ['63', '52'], seeksHs: [], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-yarn-mill', { name: 'Multan Cotton Yarn', sectors: ['textiles'], offersHs: ['52'], seeksHs: ['84'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['textiles'], sizeBand: 'large', languages: ['en', 'ur'] }),
  pk('pk-knitwear', { name: 'Lahore Knitwear', sectors: ['textiles'], offersHs: ['61'], seeksHs: ['52'], partnershipTypes: ['export', 'distribution'], jvSectors: [], sizeBand: 'small', languages: ['en', 'ur'] }),
  pk('pk-tannery', { name: 'Kasur Tannery', sectors: ['leather'], offersHs: ['41'], seeksHs: ['28', '32'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['leather', 'chemicals'], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-footwear', { name: 'Karachi Footwear', sectors: ['leather', 'light_industry'], offersHs: ['64', '42'], seeksHs: ['41'], partnershipTypes: ['export', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-rice', { name: 'Sheikhupura Basmati', sectors: ['food'], offersHs: ['10'], seeksHs: [], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'large', languages: ['en', 'ur'] }),
  pk('pk-mango', { name: 'Multan Mango Growers', sectors: ['food', 'agriculture'], offersHs: ['08'], seeksHs: [], partnershipTypes: ['export', 'investment_seeking'], jvSectors: [], sizeBand: 'small', languages: ['ur', 'en'] }),
  pk('pk-food-processor', { name: 'Lahore Foods Processing', sectors: ['food_processing'], offersHs: ['20', '19'], seeksHs: ['08', '15'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['food_processing'], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-footballs', { name: 'Sialkot Footballs', sectors: ['sports_goods'], offersHs: ['95'], seeksHs: [], partnershipTypes: ['export', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-cricket', { name: 'Sialkot Cricket Gear', sectors: ['sports_goods', 'leather'], offersHs: ['95', '42'], seeksHs: ['41'], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'small', languages: ['en', 'ur'] }),
  pk('pk-surgical', { name: 'Sialkot Surgical Works', sectors: ['surgical_instruments'], offersHs: ['90'], seeksHs: ['72'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['pharmaceuticals'], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-dental', { name: 'Wazirabad Dental Instruments', sectors: ['surgical_instruments'], offersHs: ['90'], seeksHs: [], partnershipTypes: ['export', 'distribution'], jvSectors: [], sizeBand: 'small', languages: ['en', 'ur'] }),
  // Pakistan: joint-venture sectors
  pk('pk-pharma', { name: 'Lahore Pharma Labs', sectors: ['pharmaceuticals'], offersHs: ['30'], seeksHs: ['29'], partnershipTypes: ['export', 'joint_venture', 'licensing'], jvSectors: ['pharmaceuticals'], sizeBand: 'large', languages: ['en', 'ur'] }),
  pk('pk-chem', { name: 'Karachi Chemicals', sectors: ['chemicals'], offersHs: ['29', '38'], seeksHs: ['27'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['chemicals'], sizeBand: 'large', languages: ['en'] }),
  pk('pk-pumps', { name: 'Gujranwala Pumps & Motors', sectors: ['mechanical_engineering'], offersHs: ['84'], seeksHs: ['72'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['mechanical_engineering'], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-cutlery', { name: 'Wazirabad Cutlery', sectors: ['metallurgy', 'light_industry'], offersHs: ['82'], seeksHs: ['72'], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'small', languages: ['ur', 'en'] }),
  pk('pk-steel', { name: 'Karachi Steel Re-Rolling', sectors: ['metallurgy'], offersHs: [], seeksHs: ['72', '26'], partnershipTypes: ['import', 'joint_venture'], jvSectors: ['metallurgy'], sizeBand: 'large', languages: ['en', 'ur'] }),
  pk('pk-furniture', { name: 'Chiniot Furniture', sectors: ['light_industry'], offersHs: ['94'], seeksHs: ['44'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['light_industry'], sizeBand: 'small', languages: ['ur', 'en'] }),
  pk('pk-solar', { name: 'Islamabad Solar Installers', sectors: ['energy'], offersHs: [], seeksHs: ['85'], partnershipTypes: ['import', 'joint_venture'], jvSectors: ['energy'], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-dairy', { name: 'Okara Dairy', sectors: ['food_processing', 'agriculture'], offersHs: ['04'], seeksHs: ['84'], partnershipTypes: ['export', 'investment_seeking'], jvSectors: [], sizeBand: 'medium', languages: ['ur', 'en'] }),
  pk('pk-carpets', { name: 'Lahore Hand-Knotted Carpets', sectors: ['textiles'], offersHs: ['57'], seeksHs: ['51'], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'small', languages: ['ur', 'en'] }),
  pk('pk-rice-buyer', { name: 'Karachi Dry Fruit Importers', sectors: ['food'], offersHs: [], seeksHs: ['08'], partnershipTypes: ['import', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['ur', 'en'] }),
  // Pakistan: generic firms that share nothing but a language and a size band
  pk('pk-it', { name: 'Islamabad Software House', sectors: ['it_technology'], offersHs: [], seeksHs: [], partnershipTypes: ['outsourcing', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['en', 'ur'] }),
  pk('pk-tours', { name: 'Lahore Tours', sectors: ['tourism'], offersHs: [], seeksHs: [], partnershipTypes: ['distribution', 'import'], jvSectors: [], sizeBand: 'small', languages: ['en', 'ur'] }),
  pk('pk-builder', { name: 'Rawalpindi Builders', sectors: ['construction'], offersHs: [], seeksHs: [], partnershipTypes: ['investment_seeking', 'import'], jvSectors: [], sizeBand: 'medium', languages: ['en', 'ur'] }),

  // Azerbaijan: buyers of Pakistan's export sectors
  az('az-textile-importer', { name: 'Bakı Tekstil İdxal', sectors: ['textiles'], offersHs: [], seeksHs: ['63', '61', '52'], partnershipTypes: ['import', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'ru', 'en'] }),
  az('az-hotel-linen', { name: 'Abşeron Otel Təchizatı', sectors: ['tourism', 'textiles'], offersHs: [], seeksHs: ['63'], partnershipTypes: ['import'], jvSectors: [], sizeBand: 'small', languages: ['az', 'ru'] }),
  az('az-garment', { name: 'Gəncə Tikiş Fabriki', sectors: ['textiles', 'light_industry'], offersHs: ['62'], seeksHs: ['52'], partnershipTypes: ['import', 'joint_venture'], jvSectors: ['textiles'], sizeBand: 'medium', languages: ['az', 'ru'] }),
  az('az-textile-machinery', { name: 'Sumqayıt Maşınqayırma', sectors: ['mechanical_engineering'], offersHs: ['84'], seeksHs: ['72'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['mechanical_engineering', 'textiles'], sizeBand: 'large', languages: ['az', 'ru'] }),
  az('az-hides', { name: 'Şəki Dəri', sectors: ['leather', 'agriculture'], offersHs: ['41'], seeksHs: [], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['leather'], sizeBand: 'small', languages: ['az', 'ru'] }),
  az('az-shoe-retail', { name: 'Bakı Ayaqqabı Mərkəzi', sectors: ['leather'], offersHs: [], seeksHs: ['64', '42'], partnershipTypes: ['import', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'ru', 'en'] }),
  az('az-food-retail', { name: 'Bazarstore Təchizat', sectors: ['food'], offersHs: [], seeksHs: ['10', '08', '09'], partnershipTypes: ['import', 'distribution'], jvSectors: [], sizeBand: 'large', languages: ['az', 'ru', 'en'] }),
  az('az-hazelnut', { name: 'Qəbələ Fındıq', sectors: ['agriculture', 'food'], offersHs: ['08'], seeksHs: [], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'ru'] }),
  az('az-juice', { name: 'Quba Meyvə Emalı', sectors: ['food_processing'], offersHs: ['20'], seeksHs: ['08'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['food_processing'], sizeBand: 'medium', languages: ['az', 'ru'] }),
  az('az-oil-press', { name: 'Salyan Bitki Yağı', sectors: ['food_processing'], offersHs: ['15'], seeksHs: [], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'small', languages: ['az', 'ru'] }),
  az('az-sports-retail', { name: 'Bakı İdman Dünyası', sectors: ['sports_goods'], offersHs: [], seeksHs: ['95'], partnershipTypes: ['import', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'ru', 'en'] }),
  az('az-hospital-supply', { name: 'Medi-Təchizat Bakı', sectors: ['surgical_instruments', 'pharmaceuticals'], offersHs: [], seeksHs: ['90', '30'], partnershipTypes: ['import', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'ru', 'en'] }),
  // Azerbaijan: joint-venture sectors
  az('az-pharma', { name: 'Azər Farm', sectors: ['pharmaceuticals'], offersHs: [], seeksHs: [], partnershipTypes: ['joint_venture'], jvSectors: ['pharmaceuticals'], sizeBand: 'large', languages: ['az', 'ru'] }),
  az('az-petrochem', { name: 'Sumqayıt Neft-Kimya', sectors: ['chemicals', 'energy'], offersHs: ['27', '39'], seeksHs: ['29'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['chemicals'], sizeBand: 'large', languages: ['az', 'ru', 'en'] }),
  az('az-steel', { name: 'Bakı Polad', sectors: ['metallurgy'], offersHs: ['72'], seeksHs: [], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['metallurgy', 'mechanical_engineering'], sizeBand: 'large', languages: ['az', 'ru'] }),
  az('az-iron-ore', { name: 'Daşkəsən Filiz', sectors: ['metallurgy'], offersHs: ['26'], seeksHs: [], partnershipTypes: ['export'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'ru'] }),
  az('az-timber', { name: 'Zaqatala Meşə Məhsulları', sectors: ['light_industry'], offersHs: ['44'], seeksHs: ['94'], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['light_industry'], sizeBand: 'small', languages: ['az', 'ru'] }),
  az('az-power', { name: 'Azər Enerji Həlləri', sectors: ['energy'], offersHs: ['85'], seeksHs: [], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['energy'], sizeBand: 'large', languages: ['az', 'ru', 'en'] }),
  az('az-dairy-farm', { name: 'İsmayıllı Süd Fermaları', sectors: ['agriculture', 'food_processing'], offersHs: [], seeksHs: ['04', '84'], partnershipTypes: ['import', 'investing'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'ru'] }),
  az('az-dyes', { name: 'Gəncə Boya Kimya', sectors: ['chemicals'], offersHs: ['32', '28'], seeksHs: [], partnershipTypes: ['export', 'joint_venture'], jvSectors: ['leather'], sizeBand: 'small', languages: ['az', 'ru'] }),
  az('az-carpet-wool', { name: 'Quba Yun', sectors: ['textiles', 'agriculture'], offersHs: ['51'], seeksHs: ['57'], partnershipTypes: ['export', 'import'], jvSectors: [], sizeBand: 'small', languages: ['az', 'ru'] }),
  // Azerbaijan: generic firms that crowded the old lists (English, a similar size, a generic type)
  az('az-it', { name: 'Bakı IT Distribyutor', sectors: ['it_technology'], offersHs: [], seeksHs: [], partnershipTypes: ['distribution', 'import'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'en'] }),
  az('az-tours', { name: 'Caspian Tur Operator', sectors: ['tourism'], offersHs: [], seeksHs: [], partnershipTypes: ['import', 'distribution'], jvSectors: [], sizeBand: 'medium', languages: ['az', 'en'] }),
  az('az-contractor', { name: 'Abşeron Tikinti', sectors: ['construction'], offersHs: [], seeksHs: [], partnershipTypes: ['import', 'investing', 'joint_venture'], jvSectors: ['construction'], sizeBand: 'medium', languages: ['az', 'en'] }),
  az('az-sports-shop', { name: 'Gəncə İdman Mağazası', sectors: ['tourism'], offersHs: [], seeksHs: [], partnershipTypes: ['distribution', 'import'], jvSectors: [], sizeBand: 'small', languages: ['az', 'en'] }),
];

// prettier-ignore
export const SCENARIOS: readonly Scenario[] = [
  { viewer: 'pk-home-linen', picks: ['az-textile-importer', 'az-hotel-linen', 'az-garment'], why: 'Home textiles (63) to the importer and the hotel supplier; its cotton (52) to the garment maker.' },
  { viewer: 'pk-yarn-mill', picks: ['az-garment', 'az-textile-importer', 'az-textile-machinery'], why: 'Yarn (52) to the garment maker, which also wants a textile JV; the importer buys 52; the machinery maker sells 84 and wants a textile JV.' },
  { viewer: 'pk-knitwear', picks: ['az-textile-importer', 'az-garment'], why: 'Knitwear (61) to the importer; the garment maker is a textile peer buying the same yarn, a subcontracting partner.' },
  { viewer: 'pk-tannery', picks: ['az-hides', 'az-dyes'], why: 'Raw hides (41) and a leather JV from Şəki; tanning dyes and chemicals (32, 28) from Gəncə, which wants a leather JV.' },
  { viewer: 'pk-footwear', picks: ['az-shoe-retail', 'az-hides'], why: 'Footwear and leather goods (64, 42) to the retailer; hides (41) from Şəki.' },
  { viewer: 'pk-rice', picks: ['az-food-retail'], why: 'Basmati (10) to the supermarket chain.' },
  { viewer: 'pk-mango', picks: ['az-food-retail', 'az-juice'], why: 'Fruit (08) to the retailer and to the juice maker.' },
  { viewer: 'pk-food-processor', picks: ['az-juice', 'az-hazelnut', 'az-oil-press'], why: 'A food-processing JV with the juice maker; hazelnuts (08) and vegetable oil (15) as inputs.' },
  { viewer: 'pk-footballs', picks: ['az-sports-retail'], why: 'Footballs (95) to the sports retailer.' },
  { viewer: 'pk-cricket', picks: ['az-sports-retail', 'az-hides'], why: 'Sports goods (95) to the retailer; hides (41) for gloves and pads.' },
  { viewer: 'pk-surgical', picks: ['az-hospital-supply', 'az-pharma', 'az-steel'], why: 'Instruments (90) to the hospital supplier; the pharmaceutical JV it wants with Azər Farm; steel (72) from Bakı Polad.' },
  { viewer: 'pk-dental', picks: ['az-hospital-supply'], why: 'Dental instruments (90) to the hospital supplier.' },
  { viewer: 'pk-pharma', picks: ['az-pharma', 'az-hospital-supply'], why: 'A pharmaceutical JV with Azər Farm; medicines (30) to the hospital supplier.' },
  { viewer: 'pk-chem', picks: ['az-petrochem', 'az-dyes'], why: 'Organic chemicals (29) to the petrochemical firm, which sells it fuel (27) and wants a chemicals JV; the dye maker is a chemicals peer.' },
  { viewer: 'pk-pumps', picks: ['az-steel', 'az-textile-machinery', 'az-dairy-farm'], why: 'Steel (72) and a mechanical-engineering JV with Bakı Polad; an engineering JV with the Sumqayıt machinery maker; pumps and machinery (84) to the dairy farms.' },
  { viewer: 'pk-cutlery', picks: ['az-steel', 'az-timber'], why: 'Steel (72) from Bakı Polad; the timber firm wants a light-industry JV (cutlery handles, furniture fittings).' },
  { viewer: 'pk-steel', picks: ['az-steel', 'az-iron-ore'], why: 'Billets (72) and a metallurgy JV with Bakı Polad; iron ore (26) from Daşkəsən.' },
  { viewer: 'pk-furniture', picks: ['az-timber'], why: 'Timber (44) and a light-industry JV; the timber firm also buys furniture (94).' },
  { viewer: 'pk-solar', picks: ['az-power'], why: 'Electrical equipment (85) and an energy JV.' },
  { viewer: 'pk-dairy', picks: ['az-dairy-farm'], why: 'Dairy products (04) to, and investment from, the İsmayıllı farms.' },
  { viewer: 'pk-carpets', picks: ['az-carpet-wool'], why: 'Wool (51) from Quba, which buys hand-knotted carpets (57).' },
  { viewer: 'pk-rice-buyer', picks: ['az-hazelnut'], why: 'Hazelnuts (08) from Qəbələ.' },
  { viewer: 'az-textile-importer', picks: ['pk-home-linen', 'pk-knitwear', 'pk-yarn-mill'], why: 'It seeks 63, 61 and 52.' },
  { viewer: 'az-hotel-linen', picks: ['pk-home-linen'], why: 'Bed linen and towels (63).' },
  { viewer: 'az-garment', picks: ['pk-yarn-mill', 'pk-home-linen', 'pk-knitwear'], why: 'Cotton yarn (52) and a textile JV with the Multan mill; Faisalabad also sells 52; Lahore Knitwear is a textile peer.' },
  { viewer: 'az-textile-machinery', picks: ['pk-pumps', 'pk-yarn-mill', 'pk-steel'], why: 'An engineering JV with Gujranwala; a textile JV with the yarn mill (its JV sector); Karachi Steel wants a metallurgy JV close to its machinery.' },
  { viewer: 'az-hides', picks: ['pk-tannery', 'pk-footwear', 'pk-cricket'], why: 'Hides (41) to the tannery (which wants a leather JV), the footwear maker and the cricket-gear maker.' },
  { viewer: 'az-shoe-retail', picks: ['pk-footwear', 'pk-cricket'], why: 'Footwear and leather goods (64, 42).' },
  { viewer: 'az-food-retail', picks: ['pk-rice', 'pk-mango'], why: 'Rice (10) and fruit (08).' },
  { viewer: 'az-hazelnut', picks: ['pk-rice-buyer', 'pk-food-processor'], why: 'Hazelnuts (08) to the dry-fruit importer and to the food processor.' },
  { viewer: 'az-juice', picks: ['pk-food-processor', 'pk-mango'], why: 'A food-processing JV; mangoes (08) for juice.' },
  { viewer: 'az-oil-press', picks: ['pk-food-processor'], why: 'Vegetable oil (15) to the food processor.' },
  { viewer: 'az-sports-retail', picks: ['pk-footballs', 'pk-cricket'], why: 'Sports goods (95).' },
  { viewer: 'az-hospital-supply', picks: ['pk-surgical', 'pk-dental', 'pk-pharma'], why: 'Instruments (90) and medicines (30).' },
  { viewer: 'az-pharma', picks: ['pk-pharma', 'pk-surgical'], why: 'A pharmaceutical JV with Lahore Pharma Labs; Sialkot Surgical wants exactly that JV.' },
  { viewer: 'az-petrochem', picks: ['pk-chem'], why: 'A chemicals JV with Karachi Chemicals, which sells it organic chemicals (29) and buys its fuel (27).' },
  { viewer: 'az-steel', picks: ['pk-steel', 'pk-pumps', 'pk-cutlery', 'pk-surgical'], why: 'Steel (72) to the re-roller (metallurgy JV), the pump maker (engineering JV), the cutlery and the surgical makers.' },
  { viewer: 'az-iron-ore', picks: ['pk-steel'], why: 'Iron ore (26) to the re-roller.' },
  { viewer: 'az-timber', picks: ['pk-furniture', 'pk-cutlery'], why: 'Timber (44) and a light-industry JV with Chiniot; the cutlery maker works in light industry.' },
  { viewer: 'az-power', picks: ['pk-solar'], why: 'Electrical equipment (85) and an energy JV.' },
  { viewer: 'az-dairy-farm', picks: ['pk-dairy', 'pk-pumps'], why: 'Dairy (04) and machinery (84).' },
  { viewer: 'az-dyes', picks: ['pk-tannery', 'pk-chem'], why: 'Dyes and tanning chemicals (32, 28) to the tannery, which wants a leather and a chemicals JV; Karachi Chemicals is a chemicals peer.' },
  { viewer: 'az-carpet-wool', picks: ['pk-carpets'], why: 'Wool (51) for carpets (57), both ways.' },
];
