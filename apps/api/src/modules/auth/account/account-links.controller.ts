import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  AcceptedResponseDto,
  AccountEmailDto,
  DoneResponseDto,
  LinkTokenDto,
  ResetPasswordDto,
} from '../dto/account-links.dto';
import { AccountLinksService } from './account-links.service';

/** Anyone may call these: the token in the body, or the address, is the credential. */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(private readonly links: AccountLinksService) {}

  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the address with the token of the verification mail' })
  @ApiOkResponse({ type: DoneResponseDto })
  @ApiBadRequestResponse({ description: 'invalid_token: not a link we sent' })
  @ApiConflictResponse({ description: 'link_used' })
  @ApiGoneResponse({ description: 'link_expired (48 hours)' })
  async verifyEmail(@Body() body: LinkTokenDto): Promise<DoneResponseDto> {
    await this.links.verifyEmail(body.token);
    return { ok: true };
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification mail again (if the address is unverified)' })
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  @ApiTooManyRequestsResponse({ description: '3 per address, 30 per IP in 15 minutes' })
  async resendVerification(
    @Body() body: AccountEmailDto,
    @Req() request: { ip: string },
  ): Promise<AcceptedResponseDto> {
    await this.links.resendVerification(body.email, request.ip);
    return { accepted: true };
  }

  @Post('password-reset/request')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a password-reset link (30 minutes, single use)' })
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  @ApiTooManyRequestsResponse({ description: '3 per address, 30 per IP in 15 minutes' })
  async requestPasswordReset(
    @Body() body: AccountEmailDto,
    @Req() request: { ip: string },
  ): Promise<AcceptedResponseDto> {
    await this.links.requestPasswordReset(body.email, request.ip);
    return { accepted: true };
  }

  @Post('password-reset')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Set a new password with the reset token; signs out every login and socket',
  })
  @ApiOkResponse({ type: DoneResponseDto })
  @ApiBadRequestResponse({ description: 'invalid_token, or invalid_input (password)' })
  @ApiConflictResponse({ description: 'link_used' })
  @ApiGoneResponse({ description: 'link_expired (30 minutes)' })
  async resetPassword(@Body() body: ResetPasswordDto): Promise<DoneResponseDto> {
    await this.links.resetPassword(body.token, body.password);
    return { ok: true };
  }
}
