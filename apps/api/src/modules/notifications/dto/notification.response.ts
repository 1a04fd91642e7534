import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  type NotificationItem,
  type NotificationKind,
  type NotificationParams,
  type NotificationUnreadCount,
  type Page,
} from '@jcc/contracts';

/** OpenAPI shapes of the bell's answers (the wire types live in libs/contracts). */
export class NotificationItemDto implements NotificationItem {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' })
  kind: NotificationKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'What the kind’s sentence names (firm names, ids, a staff note)',
  })
  params: NotificationParams;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Path in the web app, e.g. /app/requests',
  })
  link: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt: string | null;
}

export class NotificationPageDto implements Page<NotificationItem> {
  @ApiProperty({ type: [NotificationItemDto] })
  items: NotificationItemDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Cursor of the next page; null on the last',
  })
  nextCursor: string | null;
}

export class NotificationUnreadCountDto implements NotificationUnreadCount {
  @ApiProperty({ minimum: 0 })
  unread: number;
}
