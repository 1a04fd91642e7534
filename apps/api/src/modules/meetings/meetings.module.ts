import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChatModule } from '../chat/chat.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CompaniesModule } from '../companies/companies.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { MeetingAgendaController } from './meeting-agenda.controller';
import { MeetingAgendaService } from './meeting-agenda.service';
import { MeetingDayService } from './meeting-day.service';
import { MeetingParticipantsRepository } from './meeting-participants.repository';
import { MeetingParticipantsService } from './meeting-participants.service';
import { MeetingProgrammeService } from './meeting-programme.service';
import { MeetingRequestsController } from './meeting-requests.controller';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsAccess } from './meetings-access';
import { MeetingsController } from './meetings.controller';
import { MeetingsNotifier } from './meetings-notifier';
import { MeetingsReportingService } from './meetings-reporting.service';
import { MeetingsRepository } from './meetings.repository';

/** B2B meetings at delegation visits: programme, host firms, requests, schedule, the day. */
@Module({
  imports: [DelegationsModule, CompaniesModule, AuditModule, ChatModule, NotificationsModule],
  controllers: [MeetingsController, MeetingRequestsController, MeetingAgendaController],
  providers: [
    MeetingsRepository,
    MeetingParticipantsRepository,
    MeetingsAccess,
    MeetingsNotifier,
    MeetingProgrammeService,
    MeetingParticipantsService,
    MeetingRequestsService,
    MeetingScheduleService,
    MeetingDayService,
    MeetingAgendaService,
    MeetingsReportingService,
  ],
  exports: [MeetingRequestsService, MeetingsReportingService],
})
export class MeetingsModule {}
