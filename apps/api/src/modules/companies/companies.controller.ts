import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiCreatedWire, ApiOkWire } from '../../openapi/wire-responses';
import type { CompanyCountsResponse, CompanyResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard, OptionalJwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { CompaniesService } from './companies.service';
import { CompanySuspensionService } from './company-suspension.service';
import { CreateCompanyDto } from './dto/create-company.dto';
import { ListCompaniesQuery } from './dto/list-companies.query';
import { SuspendCompanyDto } from './dto/suspend-company.dto';
import { UpdateCompanyDto } from './dto/update-company.dto';
import { VerifyCompanyDto } from './dto/verify-company.dto';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly suspensions: CompanySuspensionService,
  ) {}

  @Post()
  @ApiCreatedWire('CompanyResponse')
  @UseGuards(JwtAuthGuard)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCompanyDto): Promise<CompanyResponse> {
    return this.companies.create(user, body);
  }

  @Get()
  @ApiOkWire('CompanyPage')
  @UseGuards(OptionalJwtAuthGuard)
  list(
    @Query() query: ListCompaniesQuery,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<Page<CompanyResponse>> {
    return this.companies.list(query, viewer);
  }

  @Get('counts')
  @ApiOkWire('CompanyCountsResponse')
  @Header('Cache-Control', 'public, max-age=60')
  counts(): Promise<CompanyCountsResponse> {
    return this.companies.counts();
  }

  @Get(':id')
  @ApiOkWire('CompanyResponse')
  @UseGuards(OptionalJwtAuthGuard)
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<CompanyResponse> {
    return this.companies.get(id, viewer);
  }

  @Patch(':id')
  @ApiOkWire('CompanyResponse')
  @UseGuards(JwtAuthGuard)
  update(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() body: UpdateCompanyDto,
  ): Promise<CompanyResponse> {
    return this.companies.update(id, user, body);
  }

  @Post(':id/verification')
  @ApiOkWire('CompanyResponse')
  @HttpCode(200)
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('staff', 'admin')
  verify(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: VerifyCompanyDto,
  ): Promise<CompanyResponse> {
    return this.companies.verify(id, staff, body);
  }

  /**
   * Staff suspend a firm: it leaves the directory, matches and contact requests (its
   * verification state is kept), its accounts cannot sign in (403 company_suspended) and their
   * sockets are disconnected with `company_suspended`. 409 already_suspended.
   */
  @Post(':id/suspension')
  @ApiOkWire('CompanyResponse')
  @HttpCode(200)
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('staff', 'admin')
  suspend(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
    @Body() body: SuspendCompanyDto,
  ): Promise<CompanyResponse> {
    return this.suspensions.suspend(id, staff, body.reason);
  }

  /** Staff reinstate a suspended firm, as verified (or not) as it was. 409 not_suspended. */
  @Delete(':id/suspension')
  @ApiOkWire('CompanyResponse')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('staff', 'admin')
  reinstate(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() staff: AuthUser,
  ): Promise<CompanyResponse> {
    return this.suspensions.reinstate(id, staff);
  }
}
