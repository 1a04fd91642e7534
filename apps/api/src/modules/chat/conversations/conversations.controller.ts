import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiCreatedWire, ApiOkWire } from '../../../openapi/wire-responses';
import type { FastifyReply } from 'fastify';
import type {
  ConversationEnvelope,
  ConversationResponse,
  Page,
  ReadPositionResponse,
} from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { Roles } from '../../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../../common/guards/roles.guard';
import { UuidParamPipe } from '../../../common/pipes/uuid-param.pipe';
import { ConversationsService } from './conversations.service';
import { ListConversationsQuery } from './dto/list-conversations.query';
import { MarkReadDto } from './dto/mark-read.dto';
import { OpenConversationDto } from './dto/open-conversation.dto';

@ApiTags('chat')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('conversations')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get()
  @ApiOkWire('ConversationPage')
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListConversationsQuery,
  ): Promise<Page<ConversationResponse>> {
    return this.conversations.list(user, query);
  }

  /** Staff open the chamber's conversation with a firm: 201 when new, 200 when it existed. */
  @Post()
  @ApiCreatedWire('ConversationEnvelope')
  @UseGuards(RolesGuard)
  @Roles('staff', 'admin')
  async open(
    @CurrentUser() user: AuthUser,
    @Body() body: OpenConversationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConversationEnvelope> {
    const { conversation, created } = await this.conversations.openWithFirm(
      user,
      body.companyId.toLowerCase(),
    );
    void reply.status(created ? 201 : 200);
    return { conversation };
  }

  @Get(':id')
  @ApiOkWire('ConversationResponse')
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ConversationResponse> {
    return this.conversations.get(user, id);
  }

  @Post(':id/read')
  @ApiOkWire('ReadPositionResponse')
  @HttpCode(200)
  markRead(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: MarkReadDto,
  ): Promise<ReadPositionResponse> {
    return this.conversations.markRead(user, id, body.seq);
  }
}
