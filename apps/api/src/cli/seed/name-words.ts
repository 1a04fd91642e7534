import type { SectorCode } from '@jcc/contracts';

import type { Weighted } from './random';

/** Words Pakistani firms open their names with; a few carry apostrophes, as real ones do. */
export const PK_PREFIXES = [
  'Al-Noor', 'Al-Karam', 'Al-Rehman', 'Al-Madina', 'Al-Habib', 'Al-Fatah', 'Al-Hamd', 'Al-Mustafa',
  'Al-Rahim', 'Crescent', 'Star', 'Royal', 'Golden', 'Prime', 'Kohinoor', 'Shaheen', 'Falcon',
  'Hilal', 'Zam Zam', 'Noor', 'Mehran', 'Indus', 'Ravi', 'Chenab', 'Jhelum', 'Khyber', 'Pak',
  'United', 'National', 'Sunrise', 'Evergreen', 'Green Valley', 'Silver', 'Diamond', 'Paramount',
  'Unique', 'Excel', 'Premier', 'Galaxy', 'Orient', 'Pioneer', 'Supreme', 'Everest', 'Classic',
  'Eastern', 'Liberty', 'Sa\'adat', 'Ma\'ruf', 'Taj', 'Madina', 'Ittehad', 'Insaf', 'Riaz',
] as const;

export const PK_PERSONAL_NAMES = [
  'Hamza', 'Bilal', 'Usman', 'Fazal', 'Rehmat', 'Barkat', 'Ittefaq', 'Haji Ibrahim', 'Saeed',
  'Tariq', 'Anwar', 'Zubair', 'Arshad', 'Nadeem', 'Imran', 'Rizwan', 'Kashif', 'Faisal', 'Shahid',
  'Javed', 'Ayesha', 'Fatima', 'Zainab', 'Ghulam Rasool', 'Abdul Ghani', 'Ilyas', 'Yousuf',
] as const;

export const PK_FAMILIES = [
  'Malik', 'Sheikh', 'Butt', 'Chaudhry', 'Qureshi', 'Mirza', 'Siddiqui', 'Awan', 'Rana', 'Gill',
  'Bhatti', 'Cheema', 'Khawaja', 'Ansari', 'Memon', 'Lakhani', 'Paracha', 'Sethi', 'Hashmi',
  'Rizvi', 'D\'Souza', 'Fernandes', 'Jaffer', 'Baig', 'Durrani', 'Afridi', 'Khattak', 'Shah',
] as const;

export const PK_FAMILY_FORMS = ['{f}', '{f} Brothers', '{f} & Sons'] as const;

/** What the firm calls itself after its lead word, in English, for Pakistani and English-style names. */
export const EN_CORES: Record<SectorCode, readonly string[]> = {
  textiles: [
    'Textile Mills', 'Textiles', 'Spinning Mills', 'Weaving Mills', 'Knitwear', 'Apparel',
    'Fabrics', 'Home Textiles', 'Garments', 'Hosiery', 'Denim', 'Cotton Mills', 'Towels',
  ],
  leather: ['Leather', 'Leather Works', 'Tanneries', 'Leather Garments', 'Gloves', 'Footwear', 'Saddlery'],
  food: ['Foods', 'Rice Mills', 'Agro Foods', 'Fruits', 'Rice', 'Spices', 'Beverages', 'Dairies', 'Meats'],
  sports_goods: ['Sports', 'Sportswear', 'Sporting Goods', 'Balls', 'Athletics', 'Fitness', 'Gloves'],
  surgical_instruments: [
    'Surgical', 'Surgical Works', 'Surgico', 'Medical Instruments', 'Instruments',
    'Surgical Instruments', 'Dental', 'Medi-Tech', 'Beauty Instruments',
  ],
  pharmaceuticals: ['Pharma', 'Pharmaceuticals', 'Laboratories', 'Life Sciences', 'Healthcare', 'Biotech'],
  chemicals: ['Chemicals', 'Dyes', 'Dyes & Chemicals', 'Fertilizers', 'Polymers', 'Petrochem', 'Detergents'],
  mechanical_engineering: [
    'Engineering', 'Engineering Works', 'Machinery', 'Fans', 'Motors', 'Auto Parts', 'Pumps',
    'Agri Machinery',
  ],
  metallurgy: ['Steel', 'Steel Mills', 'Metals', 'Metal Works', 'Foundry', 'Castings', 'Aluminium', 'Wires'],
  food_processing: ['Food Industries', 'Flour Mills', 'Oil Mills', 'Food Products', 'Snacks', 'Ghee Mills', 'Pickles'],
  light_industry: ['Furniture', 'Plastics', 'Packaging', 'Paper Mills', 'Woodcraft', 'Housewares', 'Handicrafts'],
  energy: ['Energy', 'Power', 'Petroleum', 'Solar', 'Oil & Gas', 'Fuels'],
  agriculture: ['Agro', 'Farms', 'Agri Services', 'Seeds', 'Fruit Farms', 'Livestock', 'Orchards'],
  construction: ['Construction', 'Builders', 'Marble', 'Cement', 'Tiles', 'Infrastructure', 'Developers', 'Glass'],
  transport_logistics: ['Logistics', 'Shipping', 'Freight', 'Transport', 'Cargo', 'Movers', 'Forwarders'],
  tourism: ['Travel', 'Tours', 'Travels', 'Hotels', 'Holidays', 'Hospitality'],
  it_technology: ['Technologies', 'Soft', 'Solutions', 'Systems', 'Digital', 'Labs', 'Software'],
  education: ['Education', 'Academy', 'Institute', 'Learning', 'Training Centre', 'Schools'],
  environment: ['Enviro', 'Environmental Services', 'Recycling', 'Water Solutions', 'Green Tech', 'Waste Management'],
};

/** The same in Azerbaijani, for names like "Gəncə Aqro MMC". */
export const AZ_CORES: Record<SectorCode, readonly string[]> = {
  textiles: ['Tekstil', 'Tekstil Ticarət', 'İpək', 'Pambıq', 'Xalça', 'Toxuculuq', 'Geyim'],
  leather: ['Dəri', 'Dəri-Ayaqqabı', 'Ayaqqabı', 'Dəri Emalı'],
  food: [
    'Qida', 'Ərzaq', 'Çay', 'Sitrus', 'Meyvə', 'Qida Məhsulları', 'Şərab', 'Fındıq', 'Nar',
    'Mineral Su',
  ],
  sports_goods: ['İdman', 'İdman Malları', 'Sport'],
  surgical_instruments: ['Tibbi Avadanlıq', 'Med Texnika', 'Tibb Təchizat'],
  pharmaceuticals: ['Farm', 'Əczaçılıq', 'Farmasevtika', 'Dərman Təchizatı', 'Aptek', 'Med Farm'],
  chemicals: ['Kimya', 'Polimer', 'Kimya Sənaye', 'Gübrə', 'Boya', 'Plastik', 'Kimyəvi Məhsullar'],
  mechanical_engineering: ['Maşınqayırma', 'Mexanika', 'Texnika', 'Avadanlıq'],
  metallurgy: ['Metal', 'Polad', 'Metallurgiya', 'Alüminium', 'Boru', 'Metal Konstruksiya', 'Prokat'],
  food_processing: ['Konserv', 'Qida Emalı', 'Un', 'Yağ', 'Şirə'],
  light_industry: ['Mebel', 'Plast', 'Kağız', 'Qablaşdırma'],
  energy: [
    'Enerji', 'Neft', 'Neft-Qaz', 'Qaz', 'Günəş Enerjisi', 'Elektrik', 'Energetika', 'Yanacaq',
    'Neft Servis', 'Enerji Sistemləri', 'Külək Enerjisi', 'Qazma',
  ],
  agriculture: ['Aqro', 'Aqrar', 'Fermer', 'Bağ', 'Meyvəçilik', 'Toxum', 'Aqro Servis', 'Bağçılıq', 'Heyvandarlıq'],
  construction: [
    'İnşaat', 'Tikinti', 'Mərmər', 'Sement', 'Şüşə', 'Tikinti Materialları', 'İnşaat-Layihə',
    'Qurucu', 'Layihə', 'Memarlıq',
  ],
  transport_logistics: [
    'Logistika', 'Nəqliyyat', 'Trans', 'Yükdaşıma', 'Ekspress', 'Kargo', 'Daşıma', 'Trans Servis',
    'Dəniz Nəqliyyatı', 'Ekspeditor',
  ],
  tourism: [
    'Turizm', 'Səyahət', 'Tur', 'Otel', 'Qonaq Evi', 'Travel', 'İstirahət Mərkəzi', 'Tur Agentliyi',
    'Hotel & Resort',
  ],
  it_technology: [
    'İT', 'Soft', 'Texnologiya', 'Digital', 'İnformasiya Sistemləri', 'Tech', 'Sistem',
    'Proqram Təminatı', 'İnnovasiya', 'Telekom',
  ],
  education: ['Təhsil', 'Tədris Mərkəzi', 'Akademiya', 'Kurs Mərkəzi'],
  environment: ['Ekologiya', 'Eko', 'Təmiz Mühit', 'Ekoservis'],
};

/** Azerbaijani lead words: rivers, mountains, old names and first names (ə, ğ, ı, ö, ü, ç, ş). */
export const AZ_LEADS = [
  'Xəzər', 'Qafqaz', 'Kür', 'Araz', 'Şahdağ', 'Göygöl', 'Azər', 'Günəş', 'Ulduz', 'Səma', 'Nur',
  'Yaşıl Vadi', 'Dağlıq', 'Gülüstan', 'Çinar', 'Şəlalə', 'Odlar Yurdu', 'Abşeron', 'İpək Yolu',
  'Murov', 'Qoşqar', 'Qarabağ', 'Şuşa', 'Naftalan', 'Sahil', 'Dalğa', 'Körpü', 'Bulaq', 'Zəfər',
  'Vətən', 'Elvin', 'Rəşad', 'Tural', 'Nərgiz', 'Aysel', 'Orxan', 'Kamran', 'Səbinə', 'Anar',
  'Ülvi', 'Gülnar', 'Fərid', 'Çıraq', 'Öncül', 'Güvən', 'Məhsul', 'Bərəkət', 'İnci', 'Mirvari',
  'Alov', 'Ümid', 'Gələcək', 'İnam', 'Etibar', 'Dostluq', 'Şərq', 'Qərb', 'Cənub', 'Şimal', 'Mərkəz',
  'Avrasiya', 'Kaspi', 'Zirvə', 'Üfüq', 'Qartal', 'Ceyran', 'Lalə', 'Bənövşə', 'Palıd', 'Çağ',
  'Əlvan', 'Aran', 'Muğan', 'Göyçay', 'Xudafərin', 'Ağ Şəhər', 'Dədə Qorqud', 'Koroğlu', 'Babək',
  'Əli', 'Vüqar', 'Elçin', 'Nicat', 'Aqil', 'Rövşən', 'Cavid', 'Samir', 'Leyla', 'Günay', 'Aynur',
  'Emin', 'Fuad', 'Namiq', 'Zaur', 'Elnur', 'Ramil', 'Kənan', 'Toğrul', 'Ceyhun', 'Xəyal', 'Rauf',
  'Elşən', 'Pərviz', 'Yusif', 'Səməd', 'Həsən', 'Hüseyn', 'Sevinc', 'Könül', 'Aytən', 'Şəbnəm',
] as const;

/** English lead words Azerbaijani firms trading abroad like ("Caspian Pharma Distribution LLC"). */
export const AZ_EN_LEADS = [
  'Caspian', 'Absheron', 'Silk Way', 'Silk Road', 'Caucasus', 'Kura', 'Araz', 'Shahdag', 'Eurasia',
  'Karabakh', 'Khazar', 'Azeri', 'Goygol', 'Nobel', 'Land of Fire', 'Trans-Caspian', 'Middle Corridor',
  'Gilan', 'Alov', 'Qala', 'Flame Towers', 'Baku Bay', 'Crystal',
] as const;

export const PK_GOODS_TAILS: Weighted<string> = [
  ['', 3],
  [' (Pvt) Ltd', 4],
  [' Industries', 2],
  [' Industries (Pvt) Ltd', 1],
  [' Traders', 1],
  [' Exports', 1],
  [' International', 1],
  [' Enterprises', 1],
  [' Corporation', 0.5],
  [' & Co.', 0.5],
];

export const PK_SERVICE_TAILS: Weighted<string> = [
  ['', 3],
  [' (Pvt) Ltd', 4],
  [' International', 1],
  [' Services', 1],
  [' Pakistan', 0.5],
];

/** Names already ending in a noun like "Mills" take only a legal form after it. */
export const PK_PLAIN_TAILS: Weighted<string> = [
  ['', 3],
  [' (Pvt) Ltd', 4],
  [' Ltd', 1],
];

export const AZ_TAILS: Weighted<string> = [
  [' MMC', 10],
  [' ASC', 2],
  [' QSC', 1],
  [' Ticarət MMC', 2],
  [' Group MMC', 1],
  [' İstehsalat MMC', 1],
  [' Servis MMC', 1],
  [' İnvest MMC', 0.5],
  [' Holdinq', 0.5],
];

export const AZ_EN_ROLES: Weighted<string> = [
  ['', 3],
  [' Distribution', 1],
  [' Trading', 1],
  [' Import', 0.5],
];

export const AZ_EN_TAILS: Weighted<string> = [
  [' LLC', 5],
  [' MMC', 2],
  [' Group', 1],
  [' Company', 1],
];

/**
 * Cores that promise particular goods, with the HS chapters that make them true: a firm is called
 * "… Rice Mills" only if it deals in cereals (chapter 10). Cores not listed fit any firm of the
 * sector. '-' stands for services.
 */
export const CORE_CHAPTERS: Readonly<Record<string, readonly string[]>> = {
  // Pakistani and English cores
  'Spinning Mills': ['50', '51', '52', '54', '55'],
  'Weaving Mills': ['52', '58'],
  'Cotton Mills': ['52'],
  Denim: ['52'],
  Knitwear: ['60', '61'],
  Hosiery: ['61'],
  Apparel: ['61', '62'],
  Garments: ['61', '62'],
  'Home Textiles': ['63'],
  Towels: ['63'],
  Tanneries: ['41'],
  'Leather Garments': ['42', '43'],
  Gloves: ['42'],
  Footwear: ['64'],
  Saddlery: ['42'],
  'Rice Mills': ['10'],
  Rice: ['10'],
  Fruits: ['08'],
  Spices: ['09'],
  Beverages: ['22'],
  Dairies: ['04'],
  Meats: ['02'],
  Sportswear: ['61', '62'],
  Balls: ['95'],
  Dental: ['90'],
  'Beauty Instruments': ['82'],
  Dyes: ['32'],
  Fertilizers: ['31'],
  Polymers: ['39'],
  Detergents: ['34'],
  Fans: ['84'],
  Motors: ['85'],
  'Auto Parts': ['87'],
  Pumps: ['84'],
  'Agri Machinery': ['84'],
  Aluminium: ['76'],
  Wires: ['74'],
  'Flour Mills': ['11'],
  'Oil Mills': ['15'],
  'Ghee Mills': ['15'],
  Snacks: ['19'],
  Pickles: ['21'],
  Furniture: ['94'],
  Plastics: ['39'],
  Packaging: ['39', '48'],
  'Paper Mills': ['48'],
  Woodcraft: ['44'],
  Handicrafts: ['44'],
  Petroleum: ['27'],
  'Oil & Gas': ['27'],
  Fuels: ['27'],
  Solar: ['85'],
  Seeds: ['12'],
  'Fruit Farms': ['08'],
  Orchards: ['08'],
  Livestock: ['01'],
  Marble: ['68'],
  Cement: ['25'],
  Tiles: ['69'],
  Glass: ['70'],
  // Azerbaijani cores
  İpək: ['50'],
  Pambıq: ['52'],
  Xalça: ['57'],
  Geyim: ['61', '62'],
  Ayaqqabı: ['64'],
  'Dəri-Ayaqqabı': ['41', '64'],
  Çay: ['09'],
  Sitrus: ['08'],
  Meyvə: ['08'],
  Şərab: ['22'],
  Fındıq: ['08'],
  Nar: ['08', '20'],
  'Mineral Su': ['22'],
  Gübrə: ['31'],
  Polimer: ['39'],
  Boya: ['32'],
  Plastik: ['39'],
  Alüminium: ['76'],
  Boru: ['73'],
  Polad: ['72', '73'],
  Prokat: ['72'],
  Konserv: ['16', '20'],
  Un: ['11'],
  Yağ: ['15'],
  Şirə: ['20'],
  Mebel: ['94'],
  Plast: ['39'],
  Kağız: ['48'],
  Qablaşdırma: ['39', '48'],
  Neft: ['27', '-'],
  Qaz: ['27'],
  'Neft-Qaz': ['27', '-'],
  Yanacaq: ['27'],
  'Neft Servis': ['-'],
  Qazma: ['-'],
  'Günəş Enerjisi': ['85'],
  'Külək Enerjisi': ['85'],
  Elektrik: ['85', '-'],
  Mərmər: ['68'],
  Sement: ['25'],
  Şüşə: ['70'],
  Toxum: ['12'],
  Bağ: ['08'],
  Bağçılıq: ['08'],
  Meyvəçilik: ['08'],
  Heyvandarlıq: ['01'],
};
