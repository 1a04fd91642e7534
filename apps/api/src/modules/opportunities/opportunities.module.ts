import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChatModule } from '../chat/chat.module';
import { CompaniesModule } from '../companies/companies.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OpportunitiesController } from './opportunities.controller';
import { OpportunitiesRepository } from './opportunities.repository';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityExpiryJob } from './opportunity-expiry.job';
import { OpportunityInterestService } from './opportunity-interest.service';
import { OpportunityInterestsRepository } from './opportunity-interests.repository';
import { OpportunityNotifier } from './opportunity-notifier';
import { OpportunityPresenter } from './opportunity-presenter';
import { OpportunityReviewController } from './opportunity-review.controller';
import { OpportunityReviewService } from './opportunity-review.service';

/** The opportunities board: offers and requests, staff review, interest from the other country. */
@Module({
  imports: [CompaniesModule, AuditModule, ChatModule, NotificationsModule],
  controllers: [OpportunitiesController, OpportunityReviewController],
  providers: [
    OpportunitiesRepository,
    OpportunityInterestsRepository,
    OpportunityPresenter,
    OpportunityNotifier,
    OpportunitiesService,
    OpportunityReviewService,
    OpportunityInterestService,
    OpportunityExpiryJob,
  ],
  exports: [OpportunitiesService, OpportunityExpiryJob],
})
export class OpportunitiesModule {}
