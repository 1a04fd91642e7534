import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DocumentUsageResponse, PaperRequestList, PaperRequestResponse } from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { Roles } from '../../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../../common/guards/roles.guard';
import { UuidParamPipe } from '../../../common/pipes/uuid-param.pipe';
import { ApiCreatedWire, ApiOkWire } from '../../../openapi/wire-responses';
import { DocumentsService } from '../documents.service';
import { CreatePaperRequestDto } from './create-paper-request.dto';
import { PaperRequestsService } from './paper-requests.service';

/** A firm's storage use and the papers staff asked it for. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('companies/:id')
@UseGuards(JwtAuthGuard, RolesGuard)
export class CompanyDocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly paperRequests: PaperRequestsService,
  ) {}

  @Get('document-usage')
  @ApiOperation({ summary: "The firm's document storage: used and quota (members, staff)" })
  @ApiOkWire('DocumentUsageResponse')
  usage(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<DocumentUsageResponse> {
    return this.documents.usage(user, id);
  }

  @Post('paper-requests')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Ask the firm for missing papers (with a refusal, or on its own)' })
  @ApiCreatedWire('PaperRequestResponse')
  request(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreatePaperRequestDto,
    @CurrentUser() staff: AuthUser,
  ): Promise<PaperRequestResponse> {
    return this.paperRequests.create(staff, id, body);
  }

  @Get('paper-requests')
  @ApiOperation({
    summary: 'Papers staff asked the firm for, newest first, with what was provided',
  })
  @ApiOkWire('PaperRequestList')
  list(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<PaperRequestList> {
    return this.paperRequests.list(user, id);
  }
}
