import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompaniesModule } from '../companies/companies.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { MeetingDayService } from './meeting-day.service';
import { MeetingParticipantsService } from './meeting-participants.service';
import { MeetingProgrammeService } from './meeting-programme.service';
import { MeetingRequestsController } from './meeting-requests.controller';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsAccess } from './meetings-access';
import { MeetingsController } from './meetings.controller';
import { MeetingsRepository } from './meetings.repository';

/** B2B meetings at delegation visits: programme, host firms, requests, schedule, the day. */
@Module({
  imports: [DelegationsModule, CompaniesModule, AuditModule],
  controllers: [MeetingsController, MeetingRequestsController],
  providers: [
    MeetingsRepository,
    MeetingsAccess,
    MeetingProgrammeService,
    MeetingParticipantsService,
    MeetingRequestsService,
    MeetingScheduleService,
    MeetingDayService,
  ],
  exports: [MeetingRequestsService],
})
export class MeetingsModule {}
