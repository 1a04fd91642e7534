import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ImportStatus } from '@jcc/contracts';

/** One upload of a member list and where its background job stands. */
@Entity('imports')
export class ImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text')
  format: 'csv' | 'xlsx';

  @Column('boolean', { name: 'dry_run' })
  dryRun: boolean;

  @Column('text')
  status: ImportStatus;

  @Column('integer')
  total: number;

  @Column('integer')
  done: number;

  @Column('integer', { name: 'created_count' })
  createdCount: number;

  @Column('integer', { name: 'matched_count' })
  matchedCount: number;

  @Column('integer', { name: 'failed_count' })
  failedCount: number;

  @Column('text', { nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
