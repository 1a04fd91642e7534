import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CompanyRole, Role, UiLocale } from '@jcc/contracts';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  email: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text')
  role: Role;

  @Column('text')
  locale: UiLocale;

  @Column('uuid', { name: 'company_id', nullable: true })
  companyId: string | null;

  /** Written only with company_id (team service); null without a firm. */
  @Column('text', { name: 'company_role', nullable: true })
  companyRole: CompanyRole | null;

  /** Null until the owner opens the link of the verification mail (accounts module). */
  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
