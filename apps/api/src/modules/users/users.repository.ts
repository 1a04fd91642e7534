import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Role, UiLocale } from '@jcc/contracts';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  locale: UiLocale;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The people of a firm (in the caller's transaction when there is one). */
  findByCompany(companyId: string): Promise<UserEntity[]> {
    return this.txHost.tx.getRepository(UserEntity).findBy({ companyId });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  /** Returns null when the e-mail is taken (the unique index decides, not a prior read). */
  async insert(user: NewUser): Promise<UserEntity | null> {
    try {
      // Staff and admins are made by an admin or the CLI for a known address; members confirm theirs.
      const emailVerifiedAt = user.role === 'member' ? null : new Date();
      // In the caller's transaction: sign-up writes the account and its verification mail together.
      const repository = this.txHost.tx.getRepository(UserEntity);
      return await repository.save(
        repository.create({ ...user, companyId: null, emailVerifiedAt }),
      );
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        return null;
      }
      throw error;
    }
  }

  async markEmailVerified(userId: string): Promise<boolean> {
    const result = await this.txHost.tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ emailVerifiedAt: () => 'now()' })
      .where('id = :userId AND email_verified_at IS NULL', { userId })
      .execute();
    return result.affected === 1;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.txHost.tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ passwordHash })
      .where('id = :userId', { userId })
      .execute();
  }

  /** Links a user to a firm only if it has none yet; false when it already had one. */
  async assignCompanyIfNone(userId: string, companyId: string): Promise<boolean> {
    const result = await this.txHost.tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ companyId })
      .where('id = :userId AND company_id IS NULL', { userId })
      .execute();
    return result.affected === 1;
  }

  async updateProfile(
    userId: string,
    changes: { locale?: UiLocale; fullName?: string },
  ): Promise<void> {
    await this.users.update({ id: userId }, changes);
  }
}
