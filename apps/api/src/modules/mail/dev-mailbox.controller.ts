import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/decorators/roles.decorator';
import { NotFoundError } from '../../common/errors/domain-error';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { DevMailCatcher, type CaughtMail } from './dev-mail-catcher';
import {
  CaughtMailDto,
  DevMailboxDto,
  type CaughtMailSummaryDto,
} from './dto/mail-preferences.dto';

/**
 * The development mailbox: what the in-process catcher received. Mounted only when mails go to
 * the catcher (no SMTP_URL, not production — see MailModule), and for staff only.
 */
@ApiTags('mail')
@ApiBearerAuth()
@Controller('dev/mailbox')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('staff', 'admin')
export class DevMailboxController {
  constructor(private readonly catcher: DevMailCatcher) {}

  @Get()
  @ApiOperation({
    summary: 'Mails caught in development, newest first (staff; never in production)',
  })
  @ApiOkResponse({ type: DevMailboxDto })
  list(): DevMailboxDto {
    return { items: this.catcher.list().slice(0, 200).map(summary) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One caught mail with its HTML and text parts' })
  @ApiOkResponse({ type: CaughtMailDto })
  one(@Param('id', new ParseUUIDPipe()) id: string): CaughtMailDto {
    const mail = this.catcher.find(id);
    if (!mail) {
      throw new NotFoundError('Mail');
    }
    return { ...summary(mail), html: mail.html, text: mail.text, headers: mail.headers };
  }
}

function summary(mail: CaughtMail): CaughtMailSummaryDto {
  return {
    id: mail.id,
    receivedAt: mail.receivedAt.toISOString(),
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
  };
}
