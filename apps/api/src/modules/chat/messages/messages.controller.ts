import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiCreatedWire, ApiOkWire } from '../../../openapi/wire-responses';
import type { FastifyReply } from 'fastify';
import type { ChatMessage, Page } from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { CurrentUser } from '../../../common/decorators/current-user.decorator';
import { JwtAuthGuard } from '../../../common/guards/jwt-auth.guard';
import { UuidParamPipe } from '../../../common/pipes/uuid-param.pipe';
import { ListMessagesQuery } from './dto/list-messages.query';
import { SendMessageDto } from './dto/send-message.dto';
import { MessagesService } from './messages.service';

@ApiTags('chat')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('conversations/:id/messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  @ApiOkWire('ChatMessagePage')
  history(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ListMessagesQuery,
  ): Promise<Page<ChatMessage>> {
    return this.messages.history(user, id, query);
  }

  /** Same semantics as `message:send`: 201 when stored now, 200 for a clientId already stored. */
  @Post()
  @ApiCreatedWire('ChatMessage')
  async send(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SendMessageDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChatMessage> {
    const { message, created } = await this.messages.send(user, { conversationId: id, ...body });
    void reply.status(created ? 201 : 200);
    return message;
  }
}
