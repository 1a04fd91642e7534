import { Injectable } from '@nestjs/common';
import type { UiLocale, UserResponse } from '@jcc/contracts';
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

  /** In the caller's transaction; false when it was verified already. */
  markEmailVerified(userId: string): Promise<boolean> {
    return this.users.markEmailVerified(userId);
  }

  /** In the caller's transaction. */
  setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    return this.users.setPasswordHash(userId, passwordHash);
  }

  /** In the caller's transaction, when there is one. */
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
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
