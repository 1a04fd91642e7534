import { Body, Controller, Get, HttpCode, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import {
  NotificationPreferencesDto,
  UnsubscribedResponseDto,
  UnsubscribeQueryDto,
} from './dto/mail-preferences.dto';
import { MailPreferencesService } from './mail-preferences.service';

@ApiTags('mail')
@Controller()
export class MailPreferencesController {
  constructor(private readonly preferences: MailPreferencesService) {}

  @Get('me/notification-preferences')
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  @ApiOperation({ summary: 'My mail preferences: every category, on unless turned off' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  async list(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesDto> {
    return { preferences: await this.preferences.list(user.id) };
  }

  @Patch('me/notification-preferences')
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  @ApiOperation({ summary: 'Turn categories of mail on or off (the ones given)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  async update(
    @CurrentUser() user: AuthUser,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return { preferences: await this.preferences.update(user.id, body.preferences) };
  }

  /**
   * The List-Unsubscribe target (RFC 8058: mail clients POST `List-Unsubscribe=One-Click` as a
   * form) and the web page's button alike; the signed token is the only credential.
   */
  @Post('mail/unsubscribe')
  @HttpCode(200)
  @ApiOperation({ summary: 'One-click unsubscribe from one category (signed token)' })
  @ApiOkResponse({ type: UnsubscribedResponseDto })
  @ApiBadRequestResponse({ description: 'invalid_token' })
  async unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribedResponseDto> {
    return { category: await this.preferences.unsubscribe(query.token) };
  }
}
