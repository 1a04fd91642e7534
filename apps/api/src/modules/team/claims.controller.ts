import { Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FirmPresence, Page, TeamInvitation, UnclaimedFirmRequests } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard, OptionalJwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { PageQuery } from '../../common/pagination/page-query';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ClaimsService } from './claims.service';
import { FirmPresenceDto, TeamInvitationDto, UnclaimedFirmRequestsPageDto } from './dto/team.dto';

@ApiTags('team')
@Controller()
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post('companies/:id/claim-invitation')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('staff', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Staff: invite the registered address of an imported firm to claim it (14 days)',
  })
  @ApiCreatedResponse({ type: TeamInvitationDto })
  @ApiConflictResponse({
    description: '`firm_already_claimed`, `no_registered_email`, `invitee_has_company`',
  })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<TeamInvitation> {
    return this.claims.invite(user, id);
  }

  @Get('claims/waiting')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('staff', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Staff: unclaimed firms with contact requests waiting, longest waiting first',
  })
  @ApiOkResponse({ type: UnclaimedFirmRequestsPageDto })
  waiting(@Query() query: PageQuery): Promise<Page<UnclaimedFirmRequests>> {
    return this.claims.waiting(query);
  }

  @Get('companies/:id/presence')
  @UseGuards(OptionalJwtAuthGuard)
  @ApiOperation({
    summary: 'Whether anyone answers for this firm on the platform (false: not yet claimed)',
  })
  @ApiOkResponse({ type: FirmPresenceDto })
  presence(
    @CurrentUser() user: AuthUser | null,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<FirmPresence> {
    return this.claims.presence(user, id);
  }
}
