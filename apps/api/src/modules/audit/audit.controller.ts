import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuditEntry, Page } from '@jcc/contracts';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { AuditService } from './audit.service';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Browse the append-only log of staff actions, newest first (admins)' })
  @ApiOkResponse({
    description:
      '`{ items: [{ id, at, actorUserId, actorEmail, action, target: { type, id }, before, after }], nextCursor }`',
  })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  list(@Query() query: ListAuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.list(query);
  }
}
