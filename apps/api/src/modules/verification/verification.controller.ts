import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiOkWire } from '../../openapi/wire-responses';
import type { BulkVerificationResponse, Page, VerificationQueueItem } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { BulkVerificationDto } from './dto/bulk-verification.dto';
import { VerificationQueueQuery } from './dto/verification-queue.query';
import { VerificationService } from './verification.service';

@ApiTags('verification')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Members: staff and admins only' })
@Controller('verification-queue')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('staff', 'admin')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Get()
  @ApiOkWire('VerificationQueuePage')
  @ApiOperation({
    summary: 'Pending firms, longest waiting first, with the fields changed since the last review',
  })
  list(
    @Query() query: VerificationQueueQuery,
    @CurrentUser() staff: AuthUser,
  ): Promise<Page<VerificationQueueItem>> {
    return this.verification.list(query, staff);
  }

  @Post('bulk')
  @ApiOkWire('BulkVerificationResponse')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify or reject up to 100 firms at once; each firm gets its own result',
  })
  bulk(
    @CurrentUser() staff: AuthUser,
    @Body() body: BulkVerificationDto,
  ): Promise<BulkVerificationResponse> {
    return this.verification.bulk(staff, body);
  }
}
