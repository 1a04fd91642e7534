import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CheckInResponse, SchedulePublishedResponse } from '@jcc/contracts';
import { ApiCreatedWire, ApiOkWire } from '../../openapi/wire-responses';
import type {
  MeetingRequestResponse,
  MeetingStatsResponse,
  ScheduleRunResponse,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import {
  AnswerMeetingRequestDto,
  CheckInDto,
  CreateMeetingRequestDto,
  LockMeetingDto,
  MeetingOutcomeDto,
  ReportMeetingDto,
} from './dto/meeting-request.dto';
import { MeetingDayService } from './meeting-day.service';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingScheduleService } from './meeting-schedule.service';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('delegations/:id')
@UseGuards(JwtAuthGuard, RolesGuard)
export class MeetingRequestsController {
  constructor(
    private readonly requests: MeetingRequestsService,
    private readonly schedules: MeetingScheduleService,
    private readonly day: MeetingDayService,
  ) {}

  @Post('meeting-requests')
  @ApiCreatedWire('MeetingRequestResponse', 'The pending request')
  @ApiOperation({ summary: 'A participant asks a participant of the other side for a meeting' })
  @ApiConflictResponse({ description: 'requests_closed, request_exists (429 quota_exceeded)' })
  create(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: CreateMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.requests.create(id, user, body);
  }

  @Get('meeting-requests')
  @ApiOkWire('MeetingRequestList')
  @ApiOperation({ summary: 'Staff: every request. A firm: those it sent or received' })
  list(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingRequestResponse[]> {
    return this.requests.list(id, user);
  }

  @Patch('meeting-requests/:requestId')
  @ApiOkWire('MeetingRequestResponse')
  @ApiOperation({ summary: 'The requested firm accepts or declines' })
  answer(
    @Param('id', UuidParamPipe) id: string,
    @Param('requestId', UuidParamPipe) requestId: string,
    @CurrentUser() user: AuthUser,
    @Body() body: AnswerMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.requests.answer(id, requestId, user, body.decision);
  }

  @Post('schedule/run')
  @ApiOkWire('ScheduleRunResponse')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Staff: schedule every accepted meeting (locked ones stay); one run at a time',
  })
  @ApiConflictResponse({ description: 'run_in_progress, no_programme' })
  run(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
  ): Promise<ScheduleRunResponse> {
    return this.schedules.run(id, staff);
  }

  @Post('schedule/publish')
  @ApiOkWire('SchedulePublishedResponse')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Staff: firms see their slots and tables from now on' })
  publish(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
  ): Promise<SchedulePublishedResponse> {
    return this.schedules.publish(id, staff);
  }

  @Get('schedule')
  @ApiOkWire('MeetingRequestList')
  @ApiOperation({
    summary: 'Scheduled meetings: staff the whole grid; a firm its own once published',
  })
  agenda(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingRequestResponse[]> {
    return this.schedules.agenda(id, user);
  }

  @Patch('meeting-requests/:requestId/lock')
  @ApiOkWire('MeetingRequestResponse')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Staff: lock a scheduled meeting in its slot and table, or unlock it' })
  lock(
    @Param('id', UuidParamPipe) id: string,
    @Param('requestId', UuidParamPipe) requestId: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: LockMeetingDto,
  ): Promise<MeetingRequestResponse> {
    return this.schedules.lock(id, requestId, staff, body.locked);
  }

  @Post('check-ins')
  @ApiCreatedWire('CheckInResponse')
  @ApiOperation({
    summary: 'A participant checks in at the venue; staff check in any (`companyId`)',
  })
  checkIn(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: CheckInDto,
  ): Promise<CheckInResponse> {
    return this.day.checkIn(id, user, body.companyId);
  }

  @Patch('meeting-requests/:requestId/report')
  @ApiOkWire('MeetingRequestResponse')
  @ApiOperation({ summary: 'Either firm of a scheduled meeting: held or no_show, for its side' })
  report(
    @Param('id', UuidParamPipe) id: string,
    @Param('requestId', UuidParamPipe) requestId: string,
    @CurrentUser() user: AuthUser,
    @Body() body: ReportMeetingDto,
  ): Promise<MeetingRequestResponse> {
    return this.day.report(id, requestId, user, body.report);
  }

  @Patch('meeting-requests/:requestId/outcome')
  @ApiOkWire('MeetingRequestResponse')
  @ApiOperation({ summary: 'Either firm or staff: follow_up, agreement_in_view or no_interest' })
  outcome(
    @Param('id', UuidParamPipe) id: string,
    @Param('requestId', UuidParamPipe) requestId: string,
    @CurrentUser() user: AuthUser,
    @Body() body: MeetingOutcomeDto,
  ): Promise<MeetingRequestResponse> {
    return this.day.outcome(id, requestId, user, body.outcome);
  }

  @Get('meetings/stats')
  @ApiOkWire('MeetingStatsResponse')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Staff: requested → accepted → scheduled → held → follow-up' })
  stats(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingStatsResponse> {
    return this.day.stats(id, user);
  }
}
