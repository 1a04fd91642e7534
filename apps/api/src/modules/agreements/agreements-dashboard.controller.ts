import { Controller, Get, Header, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { AgreementsDashboard } from '@jcc/contracts';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { dashboardToCsv } from './agreements-csv';
import { AgreementsDashboardService } from './agreements-dashboard.service';
import { DashboardQuery } from './dto/agreement-queries';
import { AgreementsDashboardDto } from './dto/agreement-response.dto';

@ApiTags('agreements')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Members: staff and admins only' })
@Controller('agreements')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('staff', 'admin')
export class AgreementsDashboardController {
  constructor(private readonly dashboard: AgreementsDashboardService) {}

  @Get('dashboard')
  @ApiOperation({
    summary:
      'Staff: implementation rate, overdue commitments by sector and country, funnel match → first shipment',
  })
  @ApiOkResponse({ type: AgreementsDashboardDto })
  figures(@Query() query: DashboardQuery): Promise<AgreementsDashboard> {
    return this.dashboard.figures(query);
  }

  @Get('dashboard.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="agreements-follow-up.csv"')
  @ApiOperation({ summary: 'Staff: the funnel and the overdue list as CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ type: String, description: 'CSV, one titled table per figure' })
  async csv(@Query() query: DashboardQuery): Promise<string> {
    return dashboardToCsv(await this.dashboard.figures(query));
  }
}
