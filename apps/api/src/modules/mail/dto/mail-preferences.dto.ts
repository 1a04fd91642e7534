import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '@jcc/contracts';

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  @IsIn(NOTIFICATION_CATEGORIES, {
    message: `category must be one of ${NOTIFICATION_CATEGORIES.join(', ')}`,
  })
  category: NotificationCategory;

  @ApiProperty({ description: 'Send mails of this category' })
  @IsBoolean()
  mail: boolean;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto] })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  preferences: NotificationPreferenceDto[];
}

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The signed token of the unsubscribe link' })
  @IsString()
  @MaxLength(300)
  token: string;
}

export class UnsubscribedResponseDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  category: NotificationCategory;
}

export class CaughtMailSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty() messageId: string;
  @ApiProperty() from: string;
  @ApiProperty({ type: [String] }) to: string[];
  @ApiProperty() subject: string;
}

export class CaughtMailDto extends CaughtMailSummaryDto {
  @ApiProperty() html: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  headers: Record<string, string>;
}

export class DevMailboxDto {
  @ApiProperty({ type: [CaughtMailSummaryDto] })
  items: CaughtMailSummaryDto[];
}
