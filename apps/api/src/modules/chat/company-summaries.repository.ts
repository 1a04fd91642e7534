import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { CompanySummary } from '@jcc/contracts';
import { CompanyEntity } from '../companies/company.entity';
import { toCompanySummary } from '../companies/company.mapper';

/**
 * The firms shown beside requests and conversations, read in one query per page. CompaniesService
 * answers one company at a time and hides rejected firms, while a conversation keeps showing its
 * participants whatever their later review status; so this read model reads the table itself and
 * shapes rows with the companies feature's own mapper.
 */
@Injectable()
export class CompanySummariesRepository {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
  ) {}

  async byIds(ids: Iterable<string>): Promise<Map<string, CompanySummary>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) {
      return new Map();
    }
    const rows = await this.companies.findBy({ id: In(unique) });
    return new Map(rows.map((company) => [company.id, toCompanySummary(company)]));
  }
}
