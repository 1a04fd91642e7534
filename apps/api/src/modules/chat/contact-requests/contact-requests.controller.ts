import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  ContactRequestDeclinedResponse,
  ContactRequestResponse,
  ContactStatesResponse,
  ConversationEnvelope,
  Page,
} from '@jcc/contracts';
import { ApiCreatedWire, ApiOkWire } from '../../../openapi/wire-responses';
import type { AuthUser } from '../../../common/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { Roles } from '../../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../../common/guards/roles.guard';
import { UuidParamPipe } from '../../../common/pipes/uuid-param.pipe';
import { ContactRequestsService } from './contact-requests.service';
import { ContactStatesQuery } from './dto/contact-states.query';
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

  // Before ':id' routes would be (GET has none), so `states` is never taken for an id.
  @Get('states')
  // Firms' accounts only; refused before the query is read, so staff get 403 whatever they send.
  @UseGuards(RolesGuard)
  @Roles('member')
  @ApiForbiddenResponse({ description: 'Staff and admins: they act for no firm' })
  @ApiOperation({
    summary: 'Where your firm stands with each given firm: none, sent, received or connected',
  })
  @ApiOkWire('ContactStatesResponse')
  states(
    @CurrentUser() user: AuthUser,
    @Query() query: ContactStatesQuery,
  ): Promise<ContactStatesResponse> {
    return this.requests.states(user, query.companyIds);
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
