import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiOkWire } from '../../openapi/wire-responses';
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
  @ApiOkWire('AuditPage')
  @ApiOperation({ summary: 'Browse the append-only log of staff actions, newest first (admins)' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  list(@Query() query: ListAuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.list(query);
  }
}
