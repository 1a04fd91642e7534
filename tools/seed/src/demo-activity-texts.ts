import type { DelegationDirection, SectorCode } from '@jcc/contracts';

/** What the demo firms write: short, concrete, the way export managers write to each other. */
export const DEMO_INTRODUCTIONS = {
  pkToAz:
    'Assalamu alaikum from Sialkot. We make knitted and woven home textiles and saw that you import them for retail in Baku. Could we send our catalogue and FOB prices for 2027?',
  pkToPartner:
    'Good day from Pakistan. Your profile matches what we export; we would like to introduce our range and discuss a first trial order. When would suit you for a short call?',
  partnerReply:
    'Thank you for writing. Please send your price list and minimum order quantities; our buyer is in Lahore next month and could visit your factory.',
  partnerToPk:
    'Salam from Baku. We distribute in Azerbaijan and Georgia and are looking for a Pakistani supplier in your line. Are you open to private-label orders?',
  partnerToAz:
    'Greetings from Lahore. We would like to supply your firm directly and can ship via Iran or Poti. May we send samples?',
} as const;

/** The two demo members' conversation after the introduction (seq 2 onwards). */
export const DEMO_CONVERSATION: { from: 'pk' | 'az'; body: string }[] = [
  {
    from: 'az',
    body: 'Wa alaikum salam! Yes, please send the catalogue. We need bed linen and towels for three stores, about 4,000 sets for spring.',
  },
  {
    from: 'pk',
    body: 'Catalogue attached on e-mail today. For 4,000 sets we can offer CIF Baku; lead time 45 days after the sample is approved.',
  },
  {
    from: 'az',
    body: 'Good. Can you do 200 GSM towels in our colours? We will send Pantone codes.',
  },
  {
    from: 'pk',
    body: 'Yes, dyed to your Pantone codes. We will courier lab dips next week.',
  },
  {
    from: 'az',
    body: 'Perfect. Our director visits Lahore with the chamber delegation, perhaps we meet there and sign.',
  },
];

export interface DemoDelegationPlan {
  delegation: {
    title: string;
    direction: DelegationDirection;
    hostCity: string;
    sectors: SectorCode[];
    capacity: number;
  };
  startsInDays: number;
  lastsDays: number;
  /** How the demo member's own firm is on it: invited and confirmed, or applied and waiting. */
  memberJoins: 'confirmed' | 'applied';
}

/** One delegation each way, in the report's priority sectors. */
export const DEMO_DELEGATIONS: DemoDelegationPlan[] = [
  {
    delegation: {
      title: 'Sialkot and Lahore exporters to Baku',
      direction: 'PK_TO_AZ',
      hostCity: 'Baku',
      sectors: ['textiles', 'sports_goods', 'surgical_instruments'],
      capacity: 12,
    },
    startsInDays: 42,
    lastsDays: 3,
    memberJoins: 'confirmed',
  },
  {
    delegation: {
      title: 'Azerbaijani agri-food and textile firms to Lahore',
      direction: 'AZ_TO_PK',
      hostCity: 'Lahore',
      sectors: ['agriculture', 'food_processing', 'textiles'],
      capacity: 10,
    },
    startsInDays: 70,
    lastsDays: 2,
    memberJoins: 'applied',
  },
];
