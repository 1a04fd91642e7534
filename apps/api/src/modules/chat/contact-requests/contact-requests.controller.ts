import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ContactRequestDeclinedResponse } from '@jcc/contracts';
import { ApiCreatedWire, ApiOkWire } from '../../../openapi/wire-responses';
import type { ContactRequestResponse, ConversationEnvelope, Page } from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { JwtAuthGuard } from '../../../common/guards/jwt-auth.guard';
import { UuidParamPipe } from '../../../common/pipes/uuid-param.pipe';
import { ContactRequestsService } from './contact-requests.service';
import { CreateContactRequestDto } from './dto/create-contact-request.dto';
import { ListContactRequestsQuery } from './dto/list-contact-requests.query';

@ApiTags('chat')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('contact-requests')
export class ContactRequestsController {
  constructor(private readonly requests: ContactRequestsService) {}

  @Post()
  @ApiCreatedWire('ContactRequestResponse')
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateContactRequestDto,
  ): Promise<ContactRequestResponse> {
    return this.requests.create(user, body);
  }

  @Get()
  @ApiOkWire('ContactRequestPage')
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListContactRequestsQuery,
  ): Promise<Page<ContactRequestResponse>> {
    return this.requests.list(user, query);
  }

  @Post(':id/accept')
  @ApiOkWire('ConversationEnvelope')
  @HttpCode(200)
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ConversationEnvelope> {
    return this.requests.accept(user, id);
  }

  @Post(':id/decline')
  @ApiOkWire('ContactRequestDeclinedResponse')
  @HttpCode(200)
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ContactRequestDeclinedResponse> {
    return this.requests.decline(user, id);
  }
}
