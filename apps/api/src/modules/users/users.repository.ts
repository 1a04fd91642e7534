import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CompanyRole, Role, UiLocale } from '@jcc/contracts';
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

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  /** The accounts of a firm, read in the caller's transaction (a colleague who just joined counts). */
  findByCompany(companyId: string): Promise<UserEntity[]> {
    return this.txHost.tx.getRepository(UserEntity).find({
      where: { companyId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Accounts by id, in the caller's transaction; unknown ids are left out. */
  findManyByIds(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return this.txHost.tx
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('user.id IN (:...ids)', { ids })
      .getMany();
  }

  /** Returns null when the e-mail is taken (the unique index decides, not a prior read). */
  async insert(user: NewUser): Promise<UserEntity | null> {
    try {
      // Staff and admins are made by an admin or the CLI for a known address; members confirm theirs.
      const emailVerifiedAt = user.role === 'member' ? null : new Date();
      // In the caller's transaction: sign-up writes the account and its verification mail together.
      const repository = this.txHost.tx.getRepository(UserEntity);
      return await repository.save(
        repository.create({ ...user, companyId: null, companyRole: null, emailVerifiedAt }),
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
      .set({ companyId, companyRole: 'owner' })
      .where('id = :userId AND company_id IS NULL', { userId })
      .execute();
    return result.affected === 1;
  }

  /** Joins a firm if the account has none; false when it already belongs to one. */
  async joinCompany(userId: string, companyId: string, role: CompanyRole): Promise<boolean> {
    const result = await this.txHost.tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ companyId, companyRole: role })
      .where('id = :userId AND company_id IS NULL', { userId })
      .execute();
    return result.affected === 1;
  }

  /** Takes a member (never the owner) out of the firm; false when it is not a member of it. */
  async leaveCompany(userId: string, companyId: string): Promise<boolean> {
    const result = await this.txHost.tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ companyId: null, companyRole: null })
      .where("id = :userId AND company_id = :companyId AND company_role IS DISTINCT FROM 'owner'", {
        userId,
        companyId,
      })
      .execute();
    return result.affected === 1;
  }

  /** Changes a firm account's role; false when the account is not of that firm. */
  async setCompanyRole(userId: string, companyId: string, role: CompanyRole): Promise<boolean> {
    const result = await this.txHost.tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ companyRole: role })
      .where('id = :userId AND company_id = :companyId', { userId, companyId })
      .execute();
    return result.affected === 1;
  }

  /** Row locks on a firm's accounts: membership changes of one firm queue behind each other. */
  async lockCompanyAccounts(companyId: string): Promise<UserEntity[]> {
    return this.txHost.tx
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('user.company_id = :companyId', { companyId })
      .orderBy('user.created_at', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Accounts for the admins' list, newest first; `q` matches e-mail or name (ILIKE, escaped). */
  listForAdmin(
    filters: { q?: string; role?: Role },
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<UserEntity[]> {
    const query = this.users
      .createQueryBuilder('user')
      .orderBy('user.created_at', 'DESC')
      .addOrderBy('user.id', 'DESC')
      .limit(limit);
    if (filters.q) {
      const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(user.email ILIKE :pattern OR user.full_name ILIKE :pattern)', { pattern });
    }
    if (filters.role) {
      query.andWhere('user.role = :role', { role: filters.role });
    }
    if (after) {
      query.andWhere('(user.created_at, user.id) < (:at::timestamptz, :id::uuid)', after);
    }
    return query.getMany();
  }

  /** In the caller's transaction: locks every admin row, then returns the target locked too. */
  async lockForRoleChange(userId: string): Promise<{ admins: string[]; user: UserEntity | null }> {
    const repository = this.txHost.tx.getRepository(UserEntity);
    // Admins first, always in id order: two concurrent demotions queue instead of both passing.
    const admins = await repository
      .createQueryBuilder('user')
      .where("user.role = 'admin'")
      .orderBy('user.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    const user = await repository
      .createQueryBuilder('user')
      .where('user.id = :userId', { userId })
      .setLock('pessimistic_write')
      .getOne();
    return { admins: admins.map((admin) => admin.id), user };
  }

  /** In the caller's transaction. */
  async setRole(userId: string, role: Role): Promise<void> {
    await this.txHost.tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ role })
      .where('id = :userId', { userId })
      .execute();
  }

  async updateProfile(
    userId: string,
    changes: { locale?: UiLocale; fullName?: string },
  ): Promise<void> {
    await this.users.update({ id: userId }, changes);
  }
}
