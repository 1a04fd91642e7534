import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '../companies/companies.module';
import { MatchCandidatesRepository } from './match-candidates.repository';
import { MatchFeedbackEntity } from './match-feedback.entity';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { MatchFinder } from './match-finder';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';

@Module({
  imports: [TypeOrmModule.forFeature([MatchFeedbackEntity]), CompaniesModule],
  controllers: [MatchingController],
  providers: [MatchCandidatesRepository, MatchFeedbackRepository, MatchFinder, MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
