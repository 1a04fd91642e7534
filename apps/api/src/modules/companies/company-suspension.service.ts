import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CompanyResponse } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import {
  CompanySuspendedError,
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { SessionSockets } from '../auth/session-sockets';
import { SignInGate } from '../auth/sign-in-gate';
import { TokensService } from '../auth/tokens.service';
import { UsersService } from '../users/users.service';
import { CompaniesRepository } from './companies.repository';
import { CompanySuspensionNotifier } from './company-suspension.notifier';
import { toCompanyResponse } from './company.mapper';

/**
 * Chamber staff suspend a firm and reinstate it (issue 18). A suspended firm is not `listed`
 * (CompanySuspension migration): it leaves the directory, matches, candidates and contact
 * requests, while its verification state stays as it was, so reinstating gives it back. Its
 * accounts cannot sign in or refresh (403 `company_suspended` with the reason), their logins are
 * revoked, and their open sockets are told `company_suspended` and disconnected on every process.
 * The firm's owner is mailed both steps, in the same transaction (CompanySuspensionNotifier).
 */
@Injectable()
export class CompanySuspensionService implements OnModuleInit {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly sessions: SessionSockets,
    private readonly gate: SignInGate,
    private readonly audit: AuditService,
    private readonly notifier: CompanySuspensionNotifier,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.gate.register(async (user) => {
      if (!user.companyId) {
        return;
      }
      const company = await this.companies.findById(user.companyId);
      if (company?.suspendedAt) {
        throw new CompanySuspendedError(company.suspensionReason ?? '');
      }
    });
  }

  async suspend(id: string, staff: AuthUser, reason: string): Promise<CompanyResponse> {
    await this.txHost.withTransaction(async () => {
      const company = await this.companies.lockById(id);
      if (!company) {
        throw new NotFoundError('Company');
      }
      if (company.suspendedAt) {
        throw new ConflictError('This firm is suspended already', 'already_suspended');
      }
      await this.companies.update(id, {
        suspendedAt: new Date(),
        suspensionReason: reason,
        suspendedBy: staff.id,
      });
      const accounts = await this.users.findByCompany(id);
      await this.tokens.revokeAllOfUsers(accounts.map((account) => account.id));
      await this.notifier.suspended(company, accounts, reason);
      await this.audit.record(staff, {
        action: 'company.suspend',
        target: { type: 'company', id },
        before: { suspended: false, verification: company.verification },
        after: { suspended: true, reason },
      });
    });
    // Committed: the handshake refuses these logins from now on, so nothing reconnects.
    this.sessions.endCompany(id, 'company_suspended');
    return this.view(id, staff);
  }

  async reinstate(id: string, staff: AuthUser): Promise<CompanyResponse> {
    await this.txHost.withTransaction(async () => {
      const company = await this.companies.lockById(id);
      if (!company) {
        throw new NotFoundError('Company');
      }
      if (!company.suspendedAt) {
        throw new ConflictError('This firm is not suspended', 'not_suspended');
      }
      await this.companies.update(id, {
        suspendedAt: null,
        suspensionReason: null,
        suspendedBy: null,
      });
      await this.notifier.reinstated(company, await this.users.findByCompany(id));
      await this.audit.record(staff, {
        action: 'company.reinstate',
        target: { type: 'company', id },
        before: { suspended: true, reason: company.suspensionReason },
        after: { suspended: false, verification: company.verification },
      });
    });
    return this.view(id, staff);
  }

  private async view(id: string, staff: AuthUser): Promise<CompanyResponse> {
    const company = await this.companies.findById(id);
    if (!company) {
      throw new NotFoundError('Company');
    }
    return toCompanyResponse(company, staff);
  }
}
