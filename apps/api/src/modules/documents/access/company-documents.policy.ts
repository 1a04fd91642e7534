import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PUBLIC_COMPANY_CATEGORIES, type DocumentCategory } from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../../common/auth-user';
import { DomainError, InvalidInputError, NotFoundError } from '../../../common/errors/domain-error';
import { CompaniesService } from '../../companies/companies.service';
import type { DocumentRecord } from '../document-record';
import {
  DocumentOwnerPolicies,
  type DocumentOwnerPolicy,
  type UploadGrant,
  type UploadIntent,
} from './document-owner-policy';

const COMPANY_CATEGORIES: readonly DocumentCategory[] = ['evidence', ...PUBLIC_COMPANY_CATEGORIES];

/**
 * A firm's documents. Its members and staff see and manage all of them; everyone else sees the
 * public ones (catalogue, certificates, price list) once the firm is listed (verified), and never
 * its verification evidence.
 */
@Injectable()
export class CompanyDocumentsPolicy implements DocumentOwnerPolicy, OnModuleInit {
  readonly kind = 'company' as const;

  constructor(
    private readonly companies: CompaniesService,
    private readonly policies: DocumentOwnerPolicies,
  ) {}

  onModuleInit(): void {
    this.policies.register(this);
  }

  async authorizeUpload(user: AuthUser, intent: UploadIntent): Promise<UploadGrant> {
    if (!COMPANY_CATEGORIES.includes(intent.category)) {
      throw InvalidInputError.field(
        'category',
        `a firm's documents are ${COMPANY_CATEGORIES.join(', ')}`,
      );
    }
    if (intent.category === 'evidence' && !intent.paper) {
      throw InvalidInputError.field(
        'paper',
        'paper is required for evidence: say which paper this is',
      );
    }
    if (!isManager(user, intent.ownerId)) {
      // Not found rather than forbidden for a firm the caller may not know exists.
      await this.requireListed(intent.ownerId);
      throw new DomainError(
        'forbidden',
        "Only the firm's members and chamber staff add its documents",
      );
    }
    await this.companies.get(intent.ownerId, user);
    return { chargeCompanyId: intent.ownerId };
  }

  async readableCategories(
    viewer: AuthUser | null,
    ownerId: string,
  ): Promise<readonly DocumentCategory[]> {
    if (viewer && isManager(viewer, ownerId)) {
      await this.companies.get(ownerId, viewer);
      return COMPANY_CATEGORIES;
    }
    try {
      await this.requireListed(ownerId);
    } catch (error) {
      if (error instanceof NotFoundError) {
        return [];
      }
      throw error;
    }
    return PUBLIC_COMPANY_CATEGORIES;
  }

  mayDelete(user: AuthUser, document: DocumentRecord): Promise<boolean> {
    return Promise.resolve(isManager(user, document.ownerId));
  }

  isRestricted(document: DocumentRecord): boolean {
    return document.category === 'evidence';
  }

  /** A firm others may see: verified (or re-reviewed after being verified). */
  private async requireListed(companyId: string): Promise<void> {
    await this.companies.get(companyId, null);
  }
}

function isManager(user: AuthUser, companyId: string): boolean {
  return isStaff(user) || user.companyId === companyId;
}
