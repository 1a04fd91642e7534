import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Country, SectorCode } from '@jcc/contracts';
import { CompanyEntity } from '../companies/company.entity';

/** Queue order: longest waiting first; ids break ties. */
export interface QueueKey {
  since: string;
  id: string;
}

export interface QueueRow {
  company: CompanyEntity;
  key: QueueKey;
}

const WAITING_SINCE = 'coalesce(c.pending_since, c.created_at)';

/** Reads the review queue. Decisions are written by CompaniesService.verify, never here. */
@Injectable()
export class VerificationRepository {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
  ) {}

  async listPending(
    filters: { country?: Country; sectors?: SectorCode[] },
    after: QueueKey | null,
    limit: number,
  ): Promise<QueueRow[]> {
    // The expression matches companies_review_queue_idx, so the walk is an index scan.
    const query = this.companies
      .createQueryBuilder('c')
      .addSelect(`${WAITING_SINCE}::text`, 'waiting_since')
      .where(`c.verification = 'pending'`)
      .orderBy(WAITING_SINCE, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (filters.country) {
      query.andWhere('c.country = :country', { country: filters.country });
    }
    if (filters.sectors?.length) {
      query.andWhere('c.sectors && CAST(:sectors AS text[])', { sectors: filters.sectors });
    }
    if (after) {
      query.andWhere(
        `(${WAITING_SINCE}, c.id) > (CAST(:since AS timestamptz), CAST(:id AS uuid))`,
        {
          since: after.since,
          id: after.id,
        },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<{ waiting_since: string }>();
    return entities.map((company, index) => ({
      company,
      key: { since: raw[index].waiting_since, id: company.id },
    }));
  }
}
