import { Injectable } from '@nestjs/common';
import type { MeetingFunnel } from '@jcc/contracts';
import { MeetingsRepository } from './meetings.repository';

/** Meetings' figures for the chamber's dashboard (modules/stats reads them through here). */
@Injectable()
export class MeetingsReportingService {
  constructor(private readonly repository: MeetingsRepository) {}

  /** Requests made within [from, to): requested → accepted → scheduled → held → follow-up. */
  funnel(from: Date, to: Date): Promise<MeetingFunnel> {
    return this.repository.funnel(from, to);
  }
}
