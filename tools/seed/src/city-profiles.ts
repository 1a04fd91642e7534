import type { Country, SectorCode } from '@jcc/contracts';

import type { Weighted } from './random';

export interface CityProfile {
  /** The English name stored in `companies.city`. */
  name: string;
  /** The name as local firms write it in their own names (Azerbaijani spelling for AZ). */
  localName: string;
  /** Local words firms like to name themselves after: rivers, hills, old names, regions. */
  landmarks: readonly string[];
  /** The sectors the city's firms are in, from what each city is actually known for. */
  sectors: Weighted<SectorCode>;
}

// Weights follow each city's share of the country's exporting and importing firms, roughly:
// Karachi and Lahore dominate Pakistan; Baku holds over half of Azerbaijan's businesses.
export const CITIES: Record<Country, Weighted<CityProfile>> = {
  PK: [
    [
      {
        name: 'Karachi',
        localName: 'Karachi',
        landmarks: ['Clifton', 'Korangi', 'Mehran', 'Sindh', 'Port City', 'Seaview'],
        sectors: [
          ['textiles', 28],
          ['food', 20],
          ['chemicals', 12],
          ['pharmaceuticals', 12],
          ['transport_logistics', 12],
          ['leather', 9],
          ['light_industry', 5],
          ['it_technology', 5],
          ['energy', 4],
          ['mechanical_engineering', 3],
          ['metallurgy', 3],
          ['construction', 2],
        ],
      },
      22,
    ],
    [
      {
        name: 'Lahore',
        localName: 'Lahore',
        landmarks: ['Ravi', 'Shalimar', 'Punjab', 'Anarkali', 'Gulberg'],
        sectors: [
          ['textiles', 26],
          ['pharmaceuticals', 14],
          ['it_technology', 14],
          ['light_industry', 12],
          ['food_processing', 12],
          ['food', 10],
          ['mechanical_engineering', 6],
          ['construction', 5],
          ['education', 5],
          ['leather', 6],
          ['chemicals', 2],
        ],
      },
      20,
    ],
    [
      {
        name: 'Sialkot',
        localName: 'Sialkot',
        landmarks: ['Sambrial', 'Daska', 'Iqbal', 'Chenab', 'Aik'],
        sectors: [
          ['surgical_instruments', 38],
          ['sports_goods', 34],
          ['leather', 20],
          ['textiles', 4],
          ['light_industry', 4],
        ],
      },
      12,
    ],
    [
      {
        name: 'Faisalabad',
        localName: 'Faisalabad',
        landmarks: ['Lyallpur', 'Chenab', 'Jhang', 'Sandal'],
        sectors: [
          ['textiles', 70],
          ['chemicals', 8],
          ['light_industry', 6],
          ['food_processing', 6],
          ['agriculture', 5],
          ['mechanical_engineering', 5],
        ],
      },
      12,
    ],
    [
      {
        name: 'Islamabad',
        localName: 'Islamabad',
        landmarks: ['Margalla', 'Capital', 'Potohar', 'Rawal'],
        sectors: [
          ['it_technology', 35],
          ['education', 15],
          ['construction', 12],
          ['pharmaceuticals', 10],
          ['tourism', 8],
          ['environment', 8],
          ['energy', 7],
          ['transport_logistics', 5],
        ],
      },
      7,
    ],
    [
      {
        name: 'Rawalpindi',
        localName: 'Rawalpindi',
        landmarks: ['Pindi', 'Potohar', 'Saddar', 'Soan'],
        sectors: [
          ['construction', 15],
          ['transport_logistics', 15],
          ['food', 15],
          ['it_technology', 15],
          ['light_industry', 10],
          ['textiles', 10],
          ['pharmaceuticals', 10],
          ['tourism', 10],
        ],
      },
      5,
    ],
    [
      {
        name: 'Peshawar',
        localName: 'Peshawar',
        landmarks: ['Khyber', 'Frontier', 'Hayatabad', 'Kabul River'],
        sectors: [
          ['food', 20],
          ['agriculture', 15],
          ['light_industry', 15],
          ['construction', 10],
          ['textiles', 10],
          ['pharmaceuticals', 10],
          ['transport_logistics', 10],
          ['leather', 5],
          ['tourism', 5],
        ],
      },
      5,
    ],
    [
      {
        name: 'Multan',
        localName: 'Multan',
        landmarks: ['Chenab', 'Sadiq', 'Bahauddin', 'Suraj'],
        sectors: [
          ['agriculture', 30],
          ['textiles', 30],
          ['food', 20],
          ['food_processing', 10],
          ['chemicals', 10],
        ],
      },
      5,
    ],
    [
      {
        name: 'Gujranwala',
        localName: 'Gujranwala',
        landmarks: ['GT Road', 'Pehlwan', 'Wazirabad'],
        sectors: [
          ['mechanical_engineering', 40],
          ['metallurgy', 35],
          ['light_industry', 10],
          ['textiles', 5],
          ['leather', 5],
          ['food_processing', 5],
        ],
      },
      6,
    ],
    [
      {
        name: 'Hyderabad',
        localName: 'Hyderabad',
        landmarks: ['Indus', 'Mehran', 'Latifabad', 'Kotri'],
        sectors: [
          ['textiles', 25],
          ['food', 20],
          ['agriculture', 20],
          ['light_industry', 15],
          ['chemicals', 10],
          ['food_processing', 10],
        ],
      },
      3,
    ],
    [
      {
        name: 'Quetta',
        localName: 'Quetta',
        landmarks: ['Bolan', 'Chiltan', 'Balochistan', 'Hanna'],
        sectors: [
          ['agriculture', 30],
          ['food', 25],
          ['energy', 15],
          ['transport_logistics', 15],
          ['construction', 15],
        ],
      },
      3,
    ],
  ],
  AZ: [
    [
      {
        name: 'Baku',
        localName: 'Bakı',
        landmarks: ['Abşeron', 'Xəzər', 'İçərişəhər', 'Sahil', 'Atəşgah', 'Bulvar'],
        sectors: [
          ['energy', 20],
          ['construction', 14],
          ['it_technology', 14],
          ['transport_logistics', 14],
          ['tourism', 10],
          ['chemicals', 8],
          ['pharmaceuticals', 6],
          ['food', 6],
          ['education', 4],
          ['environment', 4],
        ],
      },
      55,
    ],
    [
      {
        name: 'Ganja',
        localName: 'Gəncə',
        landmarks: ['Göygöl', 'Kəpəz', 'Nizami', 'Gəncəçay'],
        sectors: [
          ['agriculture', 25],
          ['textiles', 20],
          ['food_processing', 20],
          ['light_industry', 15],
          ['metallurgy', 10],
          ['food', 10],
        ],
      },
      10,
    ],
    [
      {
        name: 'Sumgait',
        localName: 'Sumqayıt',
        landmarks: ['Abşeron', 'Xəzər', 'Sahil', 'Kimyaçı'],
        sectors: [
          ['chemicals', 45],
          ['metallurgy', 35],
          ['mechanical_engineering', 10],
          ['light_industry', 5],
          ['environment', 5],
        ],
      },
      9,
    ],
    [
      {
        name: 'Mingachevir',
        localName: 'Mingəçevir',
        landmarks: ['Kür', 'Dəniz', 'Bozdağ'],
        sectors: [
          ['energy', 45],
          ['textiles', 35],
          ['light_industry', 10],
          ['tourism', 10],
        ],
      },
      5,
    ],
    [
      {
        name: 'Lankaran',
        localName: 'Lənkəran',
        landmarks: ['Talış', 'Hirkan', 'Cənub', 'Xanbulan'],
        sectors: [
          ['agriculture', 45],
          ['food', 40],
          ['food_processing', 10],
          ['tourism', 5],
        ],
      },
      5,
    ],
    [
      {
        name: 'Shirvan',
        localName: 'Şirvan',
        landmarks: ['Kür', 'Muğan', 'Şirvanşah'],
        sectors: [
          ['energy', 35],
          ['agriculture', 30],
          ['food_processing', 20],
          ['transport_logistics', 15],
        ],
      },
      3,
    ],
    [
      {
        name: 'Nakhchivan',
        localName: 'Naxçıvan',
        landmarks: ['Araz', 'Əlincə', 'Duzdağ', 'Gəmiqaya'],
        sectors: [
          ['food', 25],
          ['construction', 20],
          ['agriculture', 20],
          ['tourism', 15],
          ['chemicals', 10],
          ['light_industry', 10],
        ],
      },
      4,
    ],
    [
      {
        name: 'Shaki',
        localName: 'Şəki',
        landmarks: ['Xan Sarayı', 'İpək Yolu', 'Kiş', 'Qafqaz'],
        sectors: [
          ['tourism', 45],
          ['textiles', 40],
          ['food', 15],
        ],
      },
      4,
    ],
    [
      {
        name: 'Guba',
        localName: 'Quba',
        landmarks: ['Şahdağ', 'Qudyalçay', 'Xınalıq', 'Qəçrəş'],
        sectors: [
          ['agriculture', 50],
          ['food_processing', 20],
          ['food', 10],
          ['textiles', 10],
          ['tourism', 10],
        ],
      },
      3,
    ],
    [
      {
        name: 'Khachmaz',
        localName: 'Xaçmaz',
        landmarks: ['Samur', 'Nabran', 'Xəzər'],
        sectors: [
          ['agriculture', 50],
          ['food_processing', 25],
          ['food', 20],
          ['tourism', 5],
        ],
      },
      2,
    ],
  ],
};
