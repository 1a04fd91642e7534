import { Body, Controller, Get, Param, Patch, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Page, UserResponse } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Roles } from '../../common/decorators/roles.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { RolesGuard } from '../../common/guards/roles.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ApiOkWire } from '../../openapi/wire-responses';
import { ChangeRoleDto, ListUsersQuery } from './dto/user-roles.dto';
import { UserRolesService } from './user-roles.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('admin')
export class UserRolesController {
  constructor(private readonly roles: UserRolesService) {}

  @Get()
  @ApiOkWire('UserPage')
  @ApiOperation({ summary: 'Accounts, newest first, by e-mail or name and role (admins)' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  list(@Query() query: ListUsersQuery): Promise<Page<UserResponse>> {
    return this.roles.list(query);
  }

  @Patch(':id/role')
  @ApiOkWire('UserResponse')
  @ApiOperation({
    summary: "Set an account's role (admins); signs out its logins and sockets (role_changed)",
  })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiConflictResponse({ description: 'own_role, last_admin, role_needs_no_company' })
  changeRole(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() admin: AuthUser,
    @Body() body: ChangeRoleDto,
  ): Promise<UserResponse> {
    return this.roles.changeRole(admin, id, body.role);
  }
}
