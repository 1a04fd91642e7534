import {
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { ImportCreatedResponse } from '@jcc/contracts';
import { ApiFileResponse, ApiAcceptedWire, ApiOkWire } from '../../openapi/wire-responses';
import type { FastifyRequest } from 'fastify';
import type { ImportRowResponse, ImportStatusResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { PageQuery } from '../../common/pagination/page-query';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ListImportRowsQuery } from './dto/list-import-rows.query';
import { StartImportQuery } from './dto/start-import.query';
import { importTemplateCsv } from './import-template';
import { ImportsService } from './imports.service';
import { readUpload } from './read-upload';

@ApiTags('imports')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Members: staff and admins only' })
@Controller('imports')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('staff', 'admin')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Upload a member list (CSV or XLSX, ≤ 50 MB) and start an import or a dry run',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiAcceptedWire(
    'ImportCreatedResponse',
    'Follow it with GET /api/imports/:id. A wrong file type, encoding or header is a 400 on `file`',
  )
  @ApiPayloadTooLargeResponse({ description: 'The file is over 50 MB' })
  async start(
    @Req() request: FastifyRequest,
    @Query() query: StartImportQuery,
    @CurrentUser() staff: AuthUser,
  ): Promise<ImportCreatedResponse> {
    return this.imports.start(staff, await readUpload(request), query);
  }

  @Get()
  @ApiOkWire('ImportStatusPage')
  @ApiOperation({ summary: 'Recent imports, newest first' })
  list(@Query() query: PageQuery): Promise<Page<ImportStatusResponse>> {
    return this.imports.list(query);
  }

  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="member-import-template.csv"')
  @ApiOperation({ summary: 'A CSV with every column the import reads and two example rows' })
  @ApiFileResponse('text/csv')
  template(): string {
    return importTemplateCsv();
  }

  @Get(':id')
  @ApiOkWire('ImportStatusResponse')
  @ApiOperation({ summary: 'Status, progress and outcome of an import' })
  status(@Param('id', UuidParamPipe) id: string): Promise<ImportStatusResponse> {
    return this.imports.status(id);
  }

  @Get(':id/rows')
  @ApiOkWire('ImportRowPage')
  @ApiOperation({
    summary: 'Row by row: what was (or would be) created, matched or refused, and why',
  })
  rows(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ListImportRowsQuery,
  ): Promise<Page<ImportRowResponse>> {
    return this.imports.rows(id, query);
  }
}
