import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DelegationDirection, SectorCode } from '@jcc/contracts';

/** A trade delegation: firms of one country visiting a city of the other. */
@Entity('delegations')
export class DelegationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  direction: DelegationDirection;

  @Column('text', { name: 'host_city' })
  hostCity: string;

  /** `YYYY-MM-DD`: a calendar date, not an instant, so it stays text. */
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Column('text', { array: true })
  sectors: SectorCode[];

  @Column('integer')
  capacity: number;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
