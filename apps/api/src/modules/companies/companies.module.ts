import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { CompaniesController } from './companies.controller';
import { CompaniesRepository } from './companies.repository';
import { CompaniesService } from './companies.service';
import { CompanyEntity } from './company.entity';
import { CompanyReadsRepository } from './company-reads.repository';
import { CompanySuspensionNotifier } from './company-suspension.notifier';
import { CompanySuspensionService } from './company-suspension.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CompanyEntity]),
    UsersModule,
    AuditModule,
    AuthModule,
    NotificationsModule,
  ],
  controllers: [CompaniesController],
  providers: [
    CompaniesRepository,
    CompanyReadsRepository,
    CompaniesService,
    CompanySuspensionService,
    CompanySuspensionNotifier,
  ],
  exports: [CompaniesService],
})
export class CompaniesModule {}
