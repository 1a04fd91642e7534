import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOkWire } from '../../openapi/wire-responses';
import type { MatchFeedbackResponse, MatchResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ListMatchesQuery } from './dto/list-matches.query';
import { MatchFeedbackDto } from './dto/match-feedback.dto';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
@UseGuards(JwtAuthGuard)
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('matches')
  @ApiOkWire('MatchPage')
  listOwn(
    @CurrentUser() user: AuthUser,
    @Query() query: ListMatchesQuery,
  ): Promise<Page<MatchResponse>> {
    return this.matching.listOwn(user, query);
  }

  @Get('companies/:id/matches')
  @ApiOkWire('MatchPage')
  listFor(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Query() query: ListMatchesQuery,
  ): Promise<Page<MatchResponse>> {
    return this.matching.listFor(id, user, query);
  }

  @Post('matches/:companyId/feedback')
  @ApiOkWire('MatchFeedbackResponse')
  @HttpCode(200)
  giveFeedback(
    @Param('companyId', UuidParamPipe) companyId: string,
    @CurrentUser() user: AuthUser,
    @Body() body: MatchFeedbackDto,
  ): Promise<MatchFeedbackResponse> {
    return this.matching.giveFeedback(user, companyId, body.action);
  }
}
