import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChatModule } from '../chat/chat.module';
import { CompaniesModule } from '../companies/companies.module';
import { MatchingModule } from '../matching/matching.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { StatsModule } from '../stats/stats.module';
import { UsersModule } from '../users/users.module';
import { AgreementAccess } from './agreement-access';
import { AgreementCommitmentsService } from './agreement-commitments.service';
import { AgreementRemindersJob } from './agreement-reminders.job';
import { AgreementRemindersNotifier } from './agreement-reminders.notifier';
import { AgreementRemindersRepository } from './agreement-reminders.repository';
import { AgreementSources } from './agreement-sources';
import { AgreementsDashboardController } from './agreements-dashboard.controller';
import { AgreementsDashboardRepository } from './agreements-dashboard.repository';
import { AgreementsDashboardService } from './agreements-dashboard.service';
import { AgreementsController } from './agreements.controller';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';

/**
 * The agreements register and its follow-up (issue 12): agreements, parties, commitments, the
 * history of status updates, reminders for overdue commitments, and staff's dashboard.
 */
@Module({
  imports: [
    AuditModule,
    CompaniesModule,
    UsersModule,
    ChatModule,
    MeetingsModule,
    MatchingModule,
    StatsModule,
    NotificationsModule,
  ],
  // The dashboard controller first: its static paths must not be taken for an :id.
  controllers: [AgreementsDashboardController, AgreementsController],
  providers: [
    AgreementsRepository,
    AgreementsDashboardRepository,
    AgreementRemindersRepository,
    AgreementAccess,
    AgreementSources,
    AgreementsService,
    AgreementCommitmentsService,
    AgreementsDashboardService,
    AgreementRemindersNotifier,
    AgreementRemindersJob,
  ],
  exports: [AgreementsService],
})
export class AgreementsModule {}
