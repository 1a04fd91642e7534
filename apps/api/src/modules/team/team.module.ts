import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ChatModule } from '../chat/chat.module';
import { CompaniesModule } from '../companies/companies.module';
import { ImportsModule } from '../imports/imports.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { InvitationLimits } from './invitation-limits';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { TeamInvitationsRepository } from './team-invitations.repository';
import { TeamController } from './team.controller';
import { TeamService } from './team.service';

/** Colleagues of a firm (owner / member, invitations) and claims of staff-imported firms. */
@Module({
  imports: [
    UsersModule,
    AuthModule,
    CompaniesModule,
    ImportsModule,
    ChatModule,
    NotificationsModule,
  ],
  controllers: [TeamController, InvitationsController, ClaimsController],
  providers: [
    TeamService,
    InvitationsService,
    ClaimsService,
    TeamInvitationsRepository,
    InvitationLimits,
  ],
})
export class TeamModule {}
