import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiCreatedWire, ApiOkWire } from '../../openapi/wire-responses';
import type { DelegationMemberResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { DelegationMembersService } from './delegation-members.service';
import { AddMemberDto } from './dto/add-member.dto';
import { ListMembersQuery } from './dto/delegation-queries';
import { SetMemberStatusDto } from './dto/set-member-status.dto';

@ApiTags('delegations')
@ApiBearerAuth()
@Controller('delegations/:id')
@UseGuards(JwtAuthGuard, RolesGuard)
export class DelegationMembersController {
  constructor(private readonly members: DelegationMembersService) {}

  @Get('members')
  @ApiOkWire('DelegationMemberPage')
  @ApiOperation({
    summary: 'Staff: the whole list by firm name. A member: only its own firm’s row',
  })
  list(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Query() query: ListMembersQuery,
  ): Promise<Page<DelegationMemberResponse>> {
    return this.members.list(id, user, query);
  }

  @Get('members/:companyId')
  @ApiOkWire('DelegationMemberResponse')
  @ApiOperation({ summary: 'One firm’s row: staff, or that firm; anyone else gets 404' })
  @ApiNotFoundResponse({ description: 'Not on the list, or another firm’s row' })
  get(
    @Param('id', UuidParamPipe) id: string,
    @Param('companyId', UuidParamPipe) companyId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<DelegationMemberResponse> {
    return this.members.get(id, companyId, user);
  }

  @Post('members')
  @ApiCreatedWire(
    'DelegationMemberResponse',
    'Status invited, or waitlisted when every seat is taken',
  )
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Invite a home-country firm (staff): invited, or waitlisted when every seat is taken',
  })
  @ApiConflictResponse({ description: 'Already on the list, or a rejected firm' })
  invite(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: AddMemberDto,
  ): Promise<DelegationMemberResponse> {
    return this.members.invite(id, staff, body.companyId);
  }

  @Post('apply')
  @ApiCreatedWire('DelegationMemberResponse', 'Status applied')
  @ApiOperation({ summary: 'A home-country firm applies to a delegation that has not started' })
  apply(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<DelegationMemberResponse> {
    return this.members.apply(id, user);
  }

  @Patch('members/:companyId')
  @ApiOkWire('DelegationMemberResponse')
  @ApiOperation({
    summary: 'Staff: any status within capacity. The firm itself: confirm or decline',
  })
  @ApiConflictResponse({ description: 'delegation_full, or a transition the firm may not make' })
  setStatus(
    @Param('id', UuidParamPipe) id: string,
    @Param('companyId', UuidParamPipe) companyId: string,
    @CurrentUser() user: AuthUser,
    @Body() body: SetMemberStatusDto,
  ): Promise<DelegationMemberResponse> {
    return this.members.setStatus(id, companyId, user, body.status);
  }
}
