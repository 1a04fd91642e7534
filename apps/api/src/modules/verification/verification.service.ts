import { Injectable } from '@nestjs/common';
import type {
  BulkVerificationResponse,
  BulkVerificationResult,
  Page,
  VerificationQueueItem,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { DomainError, InvalidInputError } from '../../common/errors/domain-error';
import { CompaniesService } from '../companies/companies.service';
import type { BulkVerificationDto } from './dto/bulk-verification.dto';
import type { VerificationQueueQuery } from './dto/verification-queue.query';

@Injectable()
export class VerificationService {
  constructor(private readonly companies: CompaniesService) {}

  list(query: VerificationQueueQuery, staff: AuthUser): Promise<Page<VerificationQueueItem>> {
    return this.companies.reviewQueue(query, staff);
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
