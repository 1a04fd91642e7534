import { Body, Controller, Get, Param, Post, Put, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiCreatedWire, ApiOkWire } from '../../openapi/wire-responses';
import type {
  HostCandidate,
  IncomingDelegation,
  MeetingHostResponse,
  ProgrammeResponse,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { RegisterHostDto, UnavailabilityDto } from './dto/meeting-request.dto';
import { PutProgrammeDto } from './dto/put-programme.dto';
import { MeetingParticipantsService } from './meeting-participants.service';
import { MeetingProgrammeService } from './meeting-programme.service';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller()
@UseGuards(JwtAuthGuard, RolesGuard)
export class MeetingsController {
  constructor(
    private readonly programmes: MeetingProgrammeService,
    private readonly participants: MeetingParticipantsService,
  ) {}

  @Get('meetings/incoming-delegations')
  @ApiOkWire('IncomingDelegationList')
  @ApiOperation({
    summary: 'A verified firm: delegations visiting its country, with members and programme',
  })
  @ApiForbiddenResponse({ description: 'Staff, a user without a firm, or an unverified firm' })
  incoming(@CurrentUser() user: AuthUser): Promise<IncomingDelegation[]> {
    return this.participants.incoming(user);
  }

  @Get('delegations/:id/programme')
  @ApiOkWire('ProgrammeResponse')
  @ApiOperation({
    summary:
      'The event programme: sessions, slots, blocked periods, tables; every time in UTC, PKT and AZT',
  })
  @ApiNotFoundResponse({ description: 'No programme, or the caller may not see the delegation' })
  getProgramme(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ProgrammeResponse> {
    return this.programmes.get(id, user);
  }

  @Put('delegations/:id/programme')
  @ApiOkWire('ProgrammeResponse', 'The programme as GET returns it')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      'Staff set the programme. Without `blocks`, Friday prayer and (in Ramadan) iftar are blocked',
  })
  @ApiBadRequestResponse({
    description: 'Overlapping sessions, a slot longer than its session, more tables than the venue',
  })
  putProgramme(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: PutProgrammeDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.put(id, staff, body);
  }

  @Post('delegations/:id/hosts')
  @ApiCreatedWire('MeetingHostResponse', 'Status registered (a firm for itself) or invited (staff)')
  @ApiOperation({
    summary: 'A verified host-country firm registers to meet; staff invite one (`companyId`)',
  })
  register(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: RegisterHostDto,
  ): Promise<MeetingHostResponse> {
    return this.participants.register(id, user, body.companyId);
  }

  @Get('delegations/:id/hosts')
  @ApiOkWire('MeetingHostList')
  @ApiOperation({ summary: 'Host firms: staff see invitations too; firms see registered hosts' })
  hosts(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingHostResponse[]> {
    return this.participants.hosts(id, user);
  }

  @Get('delegations/:id/host-candidates')
  @ApiOkWire('HostCandidateList')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Staff: verified host-country firms to invite, by best match score with a visitor',
  })
  hostCandidates(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
  ): Promise<HostCandidate[]> {
    return this.participants.hostCandidates(id, staff);
  }

  @Get('delegations/:id/unavailability')
  @ApiOkWire('UnavailableSessionList')
  @ApiOperation({ summary: 'A participating firm: the session ids it cannot attend' })
  unavailability(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<string[]> {
    return this.participants.unavailability(id, user);
  }

  @Put('delegations/:id/unavailability')
  @ApiOkWire('UnavailableSessionList')
  @ApiOperation({ summary: 'A participating firm: replace the sessions it cannot attend' })
  setUnavailability(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: UnavailabilityDto,
  ): Promise<string[]> {
    return this.participants.setUnavailability(id, user, body.sessionIds);
  }
}
