import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpportunityResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { PageQuery } from '../../common/pagination/page-query';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ApiOkWire } from '../../openapi/wire-responses';
import { ReviewOpportunityDto } from './dto/opportunity-input.dto';
import { OpportunityReviewService } from './opportunity-review.service';

@ApiTags('opportunities')
@ApiBearerAuth()
@Controller('opportunity-review')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('staff', 'admin')
export class OpportunityReviewController {
  constructor(private readonly review: OpportunityReviewService) {}

  @Get()
  @ApiOperation({ summary: 'Staff: submitted opportunities, longest waiting first' })
  @ApiOkWire('OpportunityPage')
  queue(
    @CurrentUser() staff: AuthUser,
    @Query() query: PageQuery,
  ): Promise<Page<OpportunityResponse>> {
    return this.review.queue(staff, query);
  }

  @Post(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Staff: publish, or refuse with a reason the firm reads' })
  @ApiOkWire('OpportunityResponse')
  decide(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: ReviewOpportunityDto,
  ): Promise<OpportunityResponse> {
    return this.review.review(id, staff, body);
  }
}
