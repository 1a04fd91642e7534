import { Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AcceptInvitationResponse, InvitationPreview } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { AcceptInvitationResponseDto, InvitationPreviewDto } from './dto/team.dto';
import { InvitationsService } from './invitations.service';

/** The link of an invitation mail: `/invite/<token>` in the web app calls these. */
@ApiTags('team')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get(':token')
  @ApiOperation({ summary: 'What an invitation link is about (anyone holding the link)' })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiNotFoundResponse({ description: 'Unknown or forged token' })
  @ApiConflictResponse({ description: '`invitation_used`, `invitation_expired`' })
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Post(':token/accept')
  @HttpCode(200)
  @UseGuards(JwtAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Join the firm (colleague: as a member; claim: as the owner of an imported firm)',
  })
  @ApiOkResponse({ type: AcceptInvitationResponseDto })
  @ApiForbiddenResponse({ description: '`invitation_email_mismatch`, `members_only`' })
  @ApiConflictResponse({
    description:
      '`invitation_used`, `invitation_expired`, `already_in_company`, `firm_already_claimed`',
  })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('token') token: string,
  ): Promise<AcceptInvitationResponse> {
    return this.invitations.accept(user, token);
  }
}
