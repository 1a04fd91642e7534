import { Controller, Get, Header, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse, ApiOkWire } from '../../openapi/wire-responses';
import type { StatsResponse } from '@jcc/contracts';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { StatsQuery } from './dto/stats.query';
import { statsToCsv } from './stats-csv';
import { StatsService } from './stats.service';

@ApiTags('stats')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Members: staff and admins only' })
@Controller()
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('staff', 'admin')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('stats')
  @ApiOkWire('StatsResponse')
  @ApiOperation({
    summary:
      'Dashboard figures for [from, to): firms by country × sector, verification funnel, weekly activity, delegation fill, meetings requested → held → follow-up',
  })
  dashboard(@Query() query: StatsQuery): Promise<StatsResponse> {
    return this.stats.dashboard(query);
  }

  @Get('stats.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="chamber-statistics.csv"')
  @ApiOperation({ summary: 'The same figures as CSV, one titled table per figure' })
  @ApiFileResponse('text/csv')
  async csv(@Query() query: StatsQuery): Promise<string> {
    return statsToCsv(await this.stats.dashboard(query));
  }
}
