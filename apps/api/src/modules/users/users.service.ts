import { Injectable } from '@nestjs/common';
import type { CompanyRole, Role, UiLocale, UserResponse } from '@jcc/contracts';
import { UserEntity } from './user.entity';
import { UsersRepository, type NewUser } from './users.repository';

/** The one way other features read and change accounts. */
@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  /** The people of a firm (mail to a firm goes to each of them). */
  membersOf(companyId: string): Promise<UserEntity[]> {
    return this.users.findByCompany(companyId);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email.trim().toLowerCase());
  }

  create(user: NewUser): Promise<UserEntity | null> {
    return this.users.insert({ ...user, email: user.email.trim().toLowerCase() });
  }

  async updateProfile(
    userId: string,
    changes: { locale?: UiLocale; fullName?: string },
  ): Promise<UserEntity | null> {
    if (changes.locale !== undefined || changes.fullName !== undefined) {
      await this.users.updateProfile(userId, changes);
    }
    return this.users.findById(userId);
  }

  /** A firm's accounts (its colleagues), oldest first, in the caller's transaction. */
  findByCompany(companyId: string): Promise<UserEntity[]> {
    return this.users.findByCompany(companyId);
  }

  /** Accounts by id, in the caller's transaction; unknown ids are left out. */
  findManyByIds(ids: string[]): Promise<UserEntity[]> {
    return this.users.findManyByIds(ids);
  }

  /** In the caller's transaction: joins a firm if the account has none (false otherwise). */
  joinCompany(userId: string, companyId: string, role: CompanyRole): Promise<boolean> {
    return this.users.joinCompany(userId, companyId, role);
  }

  /** In the caller's transaction: a member (never the owner) leaves the firm. */
  leaveCompany(userId: string, companyId: string): Promise<boolean> {
    return this.users.leaveCompany(userId, companyId);
  }

  /** In the caller's transaction. */
  setCompanyRole(userId: string, companyId: string, role: CompanyRole): Promise<boolean> {
    return this.users.setCompanyRole(userId, companyId, role);
  }

  /** In the caller's transaction: locks and returns the firm's accounts, oldest first. */
  lockCompanyAccounts(companyId: string): Promise<UserEntity[]> {
    return this.users.lockCompanyAccounts(companyId);
  }

  /** The admins' list of accounts, newest first (keyset on created_at, id). */
  listForAdmin(
    filters: { q?: string; role?: Role },
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<UserEntity[]> {
    return this.users.listForAdmin(filters, after, limit);
  }

  /** In the caller's transaction: locks the admins and the account whose role changes. */
  lockForRoleChange(userId: string): Promise<{ admins: string[]; user: UserEntity | null }> {
    return this.users.lockForRoleChange(userId);
  }

  /** In the caller's transaction. */
  setRole(userId: string, role: Role): Promise<void> {
    return this.users.setRole(userId, role);
  }

  /** In the caller's transaction; false when it was verified already. */
  markEmailVerified(userId: string): Promise<boolean> {
    return this.users.markEmailVerified(userId);
  }

  /** In the caller's transaction. */
  setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    return this.users.setPasswordHash(userId, passwordHash);
  }

  /** In the caller's transaction, when there is one. The account becomes the firm's owner. */
  assignCompanyIfNone(userId: string, companyId: string): Promise<boolean> {
    return this.users.assignCompanyIfNone(userId, companyId);
  }
}

export function toUserResponse(user: UserEntity): UserResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    companyId: user.companyId,
    // An account linked to a firm by older code (no role written) counts as a member.
    companyRole: user.companyId ? (user.companyRole ?? 'member') : null,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
