import { Injectable } from '@nestjs/common';
import type { AgreementsDashboard } from '@jcc/contracts';
import { InvalidInputError } from '../../common/errors/domain-error';
import { StatsService } from '../stats/stats.service';
import { todayUtc } from './agreement.mapper';
import { AgreementsDashboardRepository } from './agreements-dashboard.repository';
import type { DashboardQuery } from './dto/agreement-queries';

/**
 * Staff's follow-up dashboard: implementation rate and overdue commitments (as of today), and the
 * funnel from match to first shipment (within the optional window) from the stats read model.
 */
@Injectable()
export class AgreementsDashboardService {
  constructor(
    private readonly dashboard: AgreementsDashboardRepository,
    private readonly stats: StatsService,
  ) {}

  async figures(query: DashboardQuery): Promise<AgreementsDashboard> {
    if (query.from && query.to && query.from >= query.to) {
      throw InvalidInputError.field('from', 'from must be before to');
    }
    const today = todayUtc();
    const [figures, funnel] = await Promise.all([
      this.dashboard.figures(today),
      this.stats.funnel(
        query.from ? new Date(`${query.from}T00:00:00Z`) : null,
        query.to ? new Date(`${query.to}T00:00:00Z`) : null,
      ),
    ]);
    const { due, done, overdue, overdueBySector, overdueByCountry } = figures;
    return {
      from: query.from ?? null,
      to: query.to ?? null,
      implementation: {
        due,
        done,
        rate: due === 0 ? null : Math.round((done / due) * 10_000) / 10_000,
      },
      overdue,
      overdueBySector,
      overdueByCountry,
      funnel,
    };
  }
}
