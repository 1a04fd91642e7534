import { Injectable } from '@nestjs/common';
import { FUNNEL_STAGES, type FunnelCount, type StatsResponse } from '@jcc/contracts';
import { InvalidInputError } from '../../common/errors/domain-error';
import { MeetingsReportingService } from '../meetings/meetings-reporting.service';
import type { StatsQuery } from './dto/stats.query';
import { StatsRepository, type Window } from './stats.repository';

const DEFAULT_WEEKS = 26;
/** Ten years of weeks at most, so that one request cannot ask for an unbounded series. */
const MAX_WINDOW_DAYS = 3660;
const DAY = 24 * 60 * 60 * 1000;

@Injectable()
export class StatsService {
  constructor(
    private readonly stats: StatsRepository,
    private readonly meetings: MeetingsReportingService,
  ) {}

  /** The funnel match → … → first shipment, counted within [from, to) (open where null). */
  async funnel(from: Date | null, to: Date | null): Promise<FunnelCount[]> {
    const counts = await this.stats.funnel(from, to);
    return FUNNEL_STAGES.map((stage) => ({ stage, count: counts[stage] }));
  }

  async dashboard(query: StatsQuery): Promise<StatsResponse> {
    const window = toWindow(query);
    const sources = await this.stats.availableSources();
    const [firmsByCountrySector, verificationFunnel, weekly, delegations, meetingFunnel] =
      await Promise.all([
        this.stats.firmsByCountrySector(window),
        this.stats.verificationFunnel(window),
        this.stats.weekly(window, sources),
        // A window that reaches today (the default) also shows the delegations still ahead.
        this.stats.delegationFill(window, window.to.getTime() >= Date.now() - DAY),
        // Meetings' own tables, read through their owner.
        this.meetings.funnel(window.from, window.to),
      ]);
    return {
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      firmsByCountrySector,
      verificationFunnel,
      weekly,
      delegations,
      meetingFunnel,
      sources,
    };
  }
}

function toWindow(query: StatsQuery): Window {
  const to = query.to ? new Date(query.to) : new Date();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_WEEKS * 7 * DAY);
  if (from >= to) {
    throw InvalidInputError.field('from', 'from must be before to');
  }
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY) {
    throw InvalidInputError.field('from', 'the window may span at most ten years');
  }
  return { from, to };
}
