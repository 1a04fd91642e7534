import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiFileResponse, ApiCreatedWire, ApiOkWire } from '../../openapi/wire-responses';
import type { DelegationCandidate, DelegationResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { PageQuery } from '../../common/pagination/page-query';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { DelegationExportsService, type ExportFile } from './delegation-exports.service';
import { DelegationsService } from './delegations.service';
import { CreateDelegationDto } from './dto/create-delegation.dto';
import { CandidatesQuery, ExportQuery } from './dto/delegation-queries';
import { UpdateDelegationDto } from './dto/update-delegation.dto';

@ApiTags('delegations')
@ApiBearerAuth()
@Controller('delegations')
@UseGuards(JwtAuthGuard, RolesGuard)
export class DelegationsController {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly exports: DelegationExportsService,
  ) {}

  @Post()
  @ApiCreatedWire('DelegationResponse', 'The delegation, with seatsTaken 0')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Create a trade delegation (staff)' })
  @ApiForbiddenResponse({ description: 'Members' })
  create(
    @CurrentUser() staff: AuthUser,
    @Body() body: CreateDelegationDto,
  ): Promise<DelegationResponse> {
    return this.delegations.create(staff, body);
  }

  @Get()
  @ApiOkWire('DelegationPage')
  @ApiOperation({
    summary:
      'Staff: every delegation. A member: those its firm is on or may apply to (with myStatus)',
  })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: PageQuery,
  ): Promise<Page<DelegationResponse>> {
    return this.delegations.list(user, query);
  }

  @Get(':id')
  @ApiOkWire('DelegationResponse')
  @ApiOperation({ summary: 'One delegation; 404 for a member whose firm may not see it' })
  @ApiNotFoundResponse({
    description: 'No such delegation, or not one the firm is on or may apply to',
  })
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<DelegationResponse> {
    return this.delegations.get(id, user);
  }

  @Patch(':id')
  @ApiOkWire('DelegationResponse')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary: 'Change a delegation (staff); capacity cannot go below the seats promised (409)',
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: UpdateDelegationDto,
  ): Promise<DelegationResponse> {
    return this.delegations.update(id, staff, body);
  }

  @Get(':id/candidates')
  @ApiOkWire('DelegationCandidatePage')
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      'Home-country firms ranked by fit: sector fit and best match score in the host country',
  })
  candidates(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Query() query: CandidatesQuery,
  ): Promise<Page<DelegationCandidate>> {
    return this.delegations.candidates(id, staff, query.limit);
  }

  @Get(':id/export.csv')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'The list as CSV (UTF-8, formula-looking cells escaped), streamed' })
  @ApiFileResponse('text/csv')
  async exportCsv(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamable(await this.exports.csv(id, query.status), 'text/csv; charset=utf-8');
  }

  @Get(':id/export.pdf')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'The list as a print-ready PDF (A4 landscape), streamed' })
  @ApiFileResponse('application/pdf')
  async exportPdf(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ExportQuery,
  ): Promise<StreamableFile> {
    return toStreamable(await this.exports.pdf(id, query.status), 'application/pdf');
  }
}

function toStreamable(file: ExportFile, type: string): StreamableFile {
  return new StreamableFile(file.stream, {
    type,
    disposition: `attachment; filename="${file.fileName}"`,
  });
}
