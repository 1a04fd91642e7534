import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { EvidencePaper, PaperRequestResponse } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../../common/auth-user';
import { NotFoundError } from '../../../common/errors/domain-error';
import { AuditService } from '../../audit/audit.service';
import { CompaniesService } from '../../companies/companies.service';
import { DocumentsRepository } from '../documents.repository';
import type { CreatePaperRequestDto } from './create-paper-request.dto';
import { PaperRequestsRepository, type PaperRequestRow } from './paper-requests.repository';

const SHOWN = 20;

/**
 * Staff ask a firm for papers that are missing (with a refusal, or on their own); the firm sees
 * the request beside its evidence, and each paper counts as provided once evidence of that kind
 * is uploaded after the request.
 */
@Injectable()
export class PaperRequestsService {
  constructor(
    private readonly requests: PaperRequestsRepository,
    private readonly documents: DocumentsRepository,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async create(
    staff: AuthUser,
    companyId: string,
    input: CreatePaperRequestDto,
  ): Promise<PaperRequestResponse> {
    await this.companies.get(companyId, staff);
    const row = await this.txHost.withTransaction(async () => {
      const inserted = await this.requests.insert(
        companyId,
        input.papers,
        input.note ?? null,
        staff.id,
      );
      await this.audit.record(staff, {
        action: 'document.papers_request',
        target: { type: 'company', id: companyId },
        after: { papers: input.papers, note: input.note ?? null },
      });
      return inserted;
    });
    return this.toResponse(row);
  }

  async list(viewer: AuthUser, companyId: string): Promise<{ items: PaperRequestResponse[] }> {
    if (!isStaff(viewer) && viewer.companyId !== companyId) {
      throw new NotFoundError('Company');
    }
    const rows = await this.requests.latest(companyId, SHOWN);
    return { items: await Promise.all(rows.map((row) => this.toResponse(row))) };
  }

  private async toResponse(row: PaperRequestRow): Promise<PaperRequestResponse> {
    const since = new Set(await this.documents.papersSince(row.companyId, row.createdAt));
    return {
      id: row.id,
      companyId: row.companyId,
      papers: row.papers,
      provided: row.papers.filter((paper: EvidencePaper) => since.has(paper)),
      note: row.note,
      createdAt: row.createdAt.toISOString(),
    };
  }
}
