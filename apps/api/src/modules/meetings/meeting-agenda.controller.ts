import { Controller, Get, Param, Query, StreamableFile, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiFileResponse } from '../../openapi/wire-responses';
import { IsOptional, IsUUID } from 'class-validator';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { MeetingAgendaService, type AgendaFile } from './meeting-agenda.service';

export class AgendaQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: whose agenda. A firm: omit' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('delegations/:id')
@UseGuards(JwtAuthGuard, RolesGuard)
export class MeetingAgendaController {
  constructor(private readonly agendas: MeetingAgendaService) {}

  @Get('agenda.ics')
  @ApiOperation({ summary: 'A firm’s agenda as iCalendar, in the firm’s own time zone' })
  @ApiFileResponse('text/calendar')
  @ApiConflictResponse({ description: 'not_published (firms)' })
  async ics(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Query() query: AgendaQuery,
  ): Promise<StreamableFile> {
    return file(await this.agendas.ics(id, user, query.companyId), 'text/calendar; charset=utf-8');
  }

  @Get('agenda.pdf')
  @ApiOperation({ summary: 'A firm’s agenda as PDF: own time zone with the other beside' })
  @ApiFileResponse('application/pdf')
  async pdf(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Query() query: AgendaQuery,
  ): Promise<StreamableFile> {
    return file(await this.agendas.pdf(id, user, query.companyId), 'application/pdf');
  }

  @Get('schedule.csv')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Staff: the hall grid as CSV (UTC, PKT, AZT, table, both firms)' })
  @ApiFileResponse('text/csv')
  async grid(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
  ): Promise<StreamableFile> {
    return file(await this.agendas.gridCsv(id, staff), 'text/csv; charset=utf-8');
  }

  @Get('grid.pdf')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Staff: the hall grid as PDF (slots × tables, AZT and PKT; Urdu names shaped)',
  })
  @ApiFileResponse('application/pdf')
  @ApiNotFoundResponse({ description: 'No programme yet' })
  async gridPdf(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
  ): Promise<StreamableFile> {
    return file(await this.agendas.gridPdf(id, staff), 'application/pdf');
  }

  @Get('table-cards.pdf')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Staff: printed table cards, one page per table with its meetings' })
  @ApiFileResponse('application/pdf')
  @ApiNotFoundResponse({ description: 'No programme yet' })
  async tableCards(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
  ): Promise<StreamableFile> {
    return file(await this.agendas.tableCardsPdf(id, staff), 'application/pdf');
  }
}

function file(agenda: AgendaFile, type: string): StreamableFile {
  return new StreamableFile(agenda.stream, {
    type,
    disposition: `attachment; filename="${agenda.fileName}"`,
  });
}
