import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AgreementListItem, AgreementResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { AgreementCommitmentsService } from './agreement-commitments.service';
import { AgreementsService } from './agreements.service';
import { ListAgreementsQuery } from './dto/agreement-queries';
import { AgreementPageDto, AgreementResponseDto } from './dto/agreement-response.dto';
import { CreateAgreementDto } from './dto/create-agreement.dto';
import {
  AddCommitmentDto,
  StatusUpdateDto,
  UpdateAgreementDto,
  UpdateCommitmentDto,
} from './dto/update-agreement.dto';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('agreements')
@UseGuards(JwtAuthGuard, RolesGuard)
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly commitments: AgreementCommitmentsService,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      'Record an agreement: a member for its own firm with other firms, staff for any firms or institutions',
  })
  @ApiCreatedResponse({ type: AgreementResponseDto })
  @ApiBadRequestResponse({
    description:
      'invalid_input: due before signing, one country on a bilateral agreement, a firm not in the source …',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateAgreementDto,
  ): Promise<AgreementResponse> {
    return this.agreements.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'Staff: every agreement. A member: those its firm is party to' })
  @ApiOkResponse({ type: AgreementPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListAgreementsQuery,
  ): Promise<Page<AgreementListItem>> {
    return this.agreements.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One agreement with its commitments and history (parties and staff)' })
  @ApiOkResponse({ type: AgreementResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown, or the caller’s firm is not a party' })
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<AgreementResponse> {
    return this.agreements.get(user, id);
  }

  @Patch(':id')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Staff: edit any agreement' })
  @ApiOkResponse({ type: AgreementResponseDto })
  update(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: UpdateAgreementDto,
  ): Promise<AgreementResponse> {
    return this.agreements.update(staff, id, body);
  }

  @Post(':id/commitments')
  @ApiOperation({ summary: 'A party or staff adds a commitment' })
  @ApiCreatedResponse({ type: AgreementResponseDto })
  addCommitment(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: AddCommitmentDto,
  ): Promise<AgreementResponse> {
    return this.commitments.add(user, id, body);
  }

  @Patch(':id/commitments/:commitmentId')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Staff: edit a commitment’s title, owner, due date or kind' })
  @ApiOkResponse({ type: AgreementResponseDto })
  updateCommitment(
    @Param('id', UuidParamPipe) id: string,
    @Param('commitmentId', UuidParamPipe) commitmentId: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: UpdateCommitmentDto,
  ): Promise<AgreementResponse> {
    return this.commitments.update(staff, id, commitmentId, body);
  }

  @Post(':id/updates')
  @ApiOperation({
    summary: 'A party or staff posts a status update: a note, optionally a commitment’s new status',
  })
  @ApiCreatedResponse({ type: AgreementResponseDto })
  postUpdate(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: StatusUpdateDto,
  ): Promise<AgreementResponse> {
    return this.commitments.postUpdate(user, id, body);
  }
}
