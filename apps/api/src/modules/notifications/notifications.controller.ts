import { Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { NotificationItem, NotificationUnreadCount, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { PageQuery } from '../../common/pagination/page-query';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ApiOkWire } from '../../openapi/wire-responses';
import { NotificationsService } from './notifications.service';

/** Every signed-in account reads and marks only its own notifications. */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@UseGuards(JwtAuthGuard)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (keyset pages)' })
  @ApiOkWire('NotificationPage')
  list(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<Page<NotificationItem>> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell’s badge)' })
  @ApiOkWire('NotificationUnreadCount')
  unreadCount(@CurrentUser() user: AuthUser): Promise<NotificationUnreadCount> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkWire('NotificationUnreadCount')
  markAllRead(@CurrentUser() user: AuthUser): Promise<NotificationUnreadCount> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read; answers the new unread count' })
  @ApiOkWire('NotificationUnreadCount')
  @ApiNotFoundResponse({ description: 'Unknown, or someone else’s' })
  markRead(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<NotificationUnreadCount> {
    return this.notifications.markRead(user, id);
  }
}
