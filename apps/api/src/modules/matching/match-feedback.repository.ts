import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { MatchFeedbackState } from '@jcc/contracts';
import { MatchFeedbackEntity } from './match-feedback.entity';

@Injectable()
export class MatchFeedbackRepository {
  constructor(
    @InjectRepository(MatchFeedbackEntity)
    private readonly feedback: Repository<MatchFeedbackEntity>,
  ) {}

  /** Saving replaces a dismissal and the reverse: a firm has one decision per partner. */
  async setState(
    companyId: string,
    targetId: string,
    state: MatchFeedbackState,
    userId: string,
  ): Promise<void> {
    await this.feedback.upsert({ companyId, targetId, state, userId, updatedAt: new Date() }, [
      'companyId',
      'targetId',
    ]);
  }

  async clear(companyId: string, targetId: string): Promise<void> {
    await this.feedback.delete({ companyId, targetId });
  }
}
