import type { Pool } from 'pg';
import type { Country, OpportunityKind, OpportunityStatus, SectorCode } from '@jcc/contracts';
import { insertOpportunityRows, type NewOpportunityRow } from '@jcc/api/tooling';

interface DemoOpportunity {
  country: Country;
  sector: SectorCode;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  summary: string;
  hsChapters: string[];
  days: number;
}

/** A handful written by hand, so the demo board reads like a chamber's and staff have a queue. */
const DEMO: DemoOpportunity[] = [
  {
    country: 'PK',
    sector: 'textiles',
    kind: 'business_offer',
    status: 'published',
    title: 'Combed cotton yarn for Azerbaijani weavers and knitters',
    summary:
      'Faisalabad spinning mill offering Ne 20s–40s combed cotton yarn, 2–3 containers a month, CIF Baku via Poti. Certified OEKO-TEX; samples and lab reports on request.',
    hsChapters: ['52'],
    days: 90,
  },
  {
    country: 'PK',
    sector: 'sports_goods',
    kind: 'business_offer',
    status: 'published',
    title: 'Match footballs and team kits for Caspian retailers',
    summary:
      'Sialkot maker of hand-stitched and thermo-bonded footballs and sublimated team kits, private label from 500 pieces. Looking for distributors and sports chains in Azerbaijan.',
    hsChapters: ['95', '61'],
    days: 120,
  },
  {
    country: 'AZ',
    sector: 'agriculture',
    kind: 'business_request',
    status: 'published',
    title: 'Kinnow mandarins and rice wanted for Baku wholesale markets',
    summary:
      'Baku wholesaler buying Pakistani kinnow mandarins in season (December–March) and basmati rice all year, about 20 tonnes a month. Phytosanitary certificates required.',
    hsChapters: ['08', '10'],
    days: 60,
  },
  {
    country: 'AZ',
    sector: 'textiles',
    kind: 'joint_venture_call',
    status: 'published',
    title: 'Joint venture for a cotton processing line in Saatly',
    summary:
      'Cotton grower with 1,200 hectares invites a Pakistani textile firm to co-invest in ginning and yarn spinning in the Saatly industrial zone; land and raw cotton provided, tax incentives apply.',
    hsChapters: ['52'],
    days: 180,
  },
  {
    country: 'AZ',
    sector: 'pharmaceuticals',
    kind: 'technology_request',
    status: 'published',
    title: 'Seeking partners for generic medicine packaging',
    summary:
      'Pharmaceutical distributor in Sumqayit seeks a Pakistani manufacturer for technology transfer in blister packaging of generics, with training and GMP documentation.',
    hsChapters: ['30'],
    days: 150,
  },
  {
    country: 'PK',
    sector: 'surgical_instruments',
    kind: 'business_offer',
    status: 'submitted',
    title: 'Surgical and dental instruments, CE marked',
    summary:
      'Sialkot manufacturer of stainless-steel surgical and dental instruments, CE and ISO 13485 certified, offers supply to hospitals and distributors in Azerbaijan.',
    hsChapters: ['90'],
    days: 100,
  },
];

const DAY = 86_400_000;

/** Posts the demo opportunities by verified firms of the right country and sector, when there are. */
export async function createDemoOpportunities(pool: Pool, now = new Date()): Promise<number> {
  const rows: NewOpportunityRow[] = [];
  for (const demo of DEMO) {
    const { rows: firms } = await pool.query<{ id: string }>(
      `SELECT id FROM companies WHERE country = $1 AND verification = 'verified'
         ORDER BY ($2 = ANY(sectors)) DESC, created_at, id LIMIT 1`,
      [demo.country, demo.sector],
    );
    if (!firms[0]) {
      continue;
    }
    const createdAt = new Date(now.getTime() - 3 * DAY);
    rows.push({
      companyId: firms[0].id,
      kind: demo.kind,
      title: demo.title,
      summary: demo.summary,
      sectors: [demo.sector],
      hsChapters: demo.hsChapters,
      country: demo.country,
      deadline: new Date(now.getTime() + demo.days * DAY).toISOString().slice(0, 10),
      status: demo.status,
      createdAt,
      submittedAt: new Date(createdAt.getTime() + DAY),
      publishedAt: demo.status === 'published' ? new Date(createdAt.getTime() + 2 * DAY) : null,
    });
  }
  await insertOpportunityRows((text, values) => pool.query(text, values), rows);
  return rows.length;
}
