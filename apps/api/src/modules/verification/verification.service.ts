import { Injectable } from '@nestjs/common';
import type {
  BulkVerificationResponse,
  BulkVerificationResult,
  Page,
  VerificationQueueItem,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { DomainError, InvalidInputError } from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import { CompaniesService } from '../companies/companies.service';
import { toCompanyResponse } from '../companies/company.mapper';
import { changesSinceReview, toLastReview } from '../companies/company-review';
import type { BulkVerificationDto } from './dto/bulk-verification.dto';
import type { VerificationQueueQuery } from './dto/verification-queue.query';
import { VerificationRepository, type QueueKey } from './verification.repository';

@Injectable()
export class VerificationService {
  constructor(
    private readonly queue: VerificationRepository,
    private readonly companies: CompaniesService,
  ) {}

  async list(query: VerificationQueueQuery, staff: AuthUser): Promise<Page<VerificationQueueItem>> {
    const after: QueueKey | null = query.cursor
      ? decodeCursor(query.cursor, { since: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) =>
        this.queue.listPending({ country: query.country, sectors: query.sector }, after, limit),
      {
        items: (rows) =>
          rows.map(({ company }) => ({
            company: toCompanyResponse(company, staff),
            pendingSince: (company.pendingSince ?? company.createdAt).toISOString(),
            lastReview: toLastReview(company.lastReview),
            changes: changesSinceReview(company),
          })),
        key: (row) => ({ ...row.key }),
      },
    );
  }

  /**
   * Decides each firm on its own (its own transaction and audit entry, through the same path as
   * a single decision), so one firm that cannot be decided does not hold back the others.
   */
  async bulk(staff: AuthUser, input: BulkVerificationDto): Promise<BulkVerificationResponse> {
    if (input.status === 'rejected' && !input.note) {
      throw InvalidInputError.field('note', 'note is required to reject: tell the firms why');
    }
    const results: BulkVerificationResult[] = [];
    for (const companyId of input.companyIds) {
      try {
        const company = await this.companies.verify(companyId, staff, {
          status: input.status,
          note: input.note,
        });
        results.push({ companyId, ok: true, verification: company.verification });
      } catch (error) {
        if (!(error instanceof DomainError)) {
          throw error;
        }
        results.push({
          companyId,
          ok: false,
          error: { statusCode: error.status, code: error.code, message: error.message },
        });
      }
    }
    return { results };
  }
}
