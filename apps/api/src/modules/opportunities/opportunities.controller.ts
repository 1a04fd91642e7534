import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  OpportunityForMeList,
  OpportunityInterestCreated,
  OpportunityResponse,
  Page,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard, OptionalJwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { PageQuery } from '../../common/pagination/page-query';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ApiCreatedWire, ApiOkWire } from '../../openapi/wire-responses';
import {
  CreateOpportunityDto,
  ExpressInterestDto,
  UpdateOpportunityDto,
} from './dto/opportunity-input.dto';
import { BoardQuery, ForMeQuery } from './dto/opportunity-queries';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityInterestService } from './opportunity-interest.service';

@ApiTags('opportunities')
@ApiBearerAuth()
@Controller('opportunities')
export class OpportunitiesController {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly interests: OpportunityInterestService,
  ) {}

  @Get()
  @UseGuards(OptionalJwtAuthGuard)
  @ApiOperation({
    summary: 'The board: published, open opportunities, newest first; anonymous visitors a teaser',
  })
  @ApiOkWire('OpportunityPage')
  board(
    @Query() query: BoardQuery,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<Page<OpportunityResponse>> {
    return this.opportunities.board(query, viewer);
  }

  @Post()
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('member')
  @ApiOperation({ summary: 'A verified firm posts (a draft, or `submit: true` for review)' })
  @ApiCreatedWire('OpportunityResponse')
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateOpportunityDto,
  ): Promise<OpportunityResponse> {
    return this.opportunities.create(user, body);
  }

  @Get('mine')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('member')
  @ApiOperation({ summary: "The caller's firm's opportunities in every state" })
  @ApiOkWire('OpportunityPage')
  mine(
    @CurrentUser() user: AuthUser,
    @Query() query: PageQuery,
  ): Promise<Page<OpportunityResponse>> {
    return this.opportunities.mine(user, query);
  }

  @Get('for-me')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('member')
  @ApiOperation({
    summary: "Open opportunities of the other country ranked by overlap with the caller's profile",
  })
  @ApiOkWire('OpportunityForMeList')
  forMe(@CurrentUser() user: AuthUser, @Query() query: ForMeQuery): Promise<OpportunityForMeList> {
    return this.interests.forMe(user, query.limit);
  }

  @Get(':id')
  @UseGuards(OptionalJwtAuthGuard)
  @ApiOperation({
    summary: 'A published one: anyone (a teaser when anonymous); any other state: its firm, staff',
  })
  @ApiOkWire('OpportunityResponse')
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<OpportunityResponse> {
    return this.opportunities.get(id, viewer);
  }

  @Patch(':id')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('member')
  @ApiOperation({
    summary: 'Its firm edits; a published one goes back to review, a refused one becomes a draft',
  })
  @ApiOkWire('OpportunityResponse')
  update(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: UpdateOpportunityDto,
  ): Promise<OpportunityResponse> {
    return this.opportunities.update(id, user, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('member')
  @ApiOperation({ summary: 'Its firm sends a draft (or a refused one) to staff review' })
  @ApiOkWire('OpportunityResponse')
  submit(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<OpportunityResponse> {
    return this.opportunities.submit(id, user);
  }

  @Post(':id/close')
  @HttpCode(200)
  @UseGuards(JwtAuthGuard)
  @ApiOperation({ summary: 'Its firm or staff close it for good' })
  @ApiOkWire('OpportunityResponse')
  close(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<OpportunityResponse> {
    return this.opportunities.close(id, user);
  }

  @Post(':id/interest')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('member')
  @ApiOperation({
    summary:
      'A verified firm of the other country expresses interest: a contact request carrying the opportunity',
  })
  @ApiCreatedWire('OpportunityInterestCreated')
  interest(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: ExpressInterestDto,
  ): Promise<OpportunityInterestCreated> {
    return this.interests.express(id, user, body.message);
  }
}
