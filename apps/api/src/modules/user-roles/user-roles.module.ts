import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { UserRolesController } from './user-roles.controller';
import { UserRolesService } from './user-roles.service';

/** Admins list accounts and set their platform role (issue 18: the change ends their sessions). */
@Module({
  imports: [UsersModule, AuthModule, AuditModule],
  controllers: [UserRolesController],
  providers: [UserRolesService],
})
export class UserRolesModule {}
