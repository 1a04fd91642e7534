import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { TeamInvitation, TeamResponse } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import {
  InviteColleagueDto,
  TeamInvitationDto,
  TeamResponseDto,
  TransferOwnershipDto,
} from './dto/team.dto';
import { TeamService } from './team.service';

/** The caller's own firm: colleagues see each other; the owner manages them. */
@ApiTags('team')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('member')
@Controller('team')
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Get()
  @ApiOperation({ summary: 'My firm’s accounts (and, for its owner, the invitations sent)' })
  @ApiOkResponse({ type: TeamResponseDto })
  view(@CurrentUser() user: AuthUser): Promise<TeamResponse> {
    return this.team.view(user);
  }

  @Post('invitations')
  @ApiOperation({ summary: 'Owner: invite a colleague by e-mail (a single-use link, 72 hours)' })
  @ApiCreatedResponse({ type: TeamInvitationDto })
  @ApiForbiddenResponse({ description: '`owner_only`: members may not invite' })
  @ApiConflictResponse({ description: '`invitee_has_company`, `already_in_company`' })
  @ApiTooManyRequestsResponse({
    description: 'Too many invitations from this firm or to this address',
  })
  invite(@CurrentUser() user: AuthUser, @Body() body: InviteColleagueDto): Promise<TeamInvitation> {
    return this.team.invite(user, body.email);
  }

  @Delete('invitations/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Owner: withdraw an invitation not used yet' })
  @ApiNoContentResponse({ description: 'Withdrawn; its link no longer works' })
  async revokeInvitation(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<void> {
    await this.team.revokeInvitation(user, id);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Owner: remove a colleague; their access ends at once (sockets too)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ description: '`not_a_colleague`; the owner cannot remove themself' })
  async remove(
    @CurrentUser() user: AuthUser,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<void> {
    await this.team.remove(user, userId);
  }

  @Post('owner')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Owner: hand the firm over to a colleague (the caller becomes a member)',
  })
  @ApiOkResponse({ type: TeamResponseDto })
  transfer(
    @CurrentUser() user: AuthUser,
    @Body() body: TransferOwnershipDto,
  ): Promise<TeamResponse> {
    return this.team.transferOwnership(user, body.userId);
  }
}
