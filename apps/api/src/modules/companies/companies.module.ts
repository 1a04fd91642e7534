import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { CompaniesController } from './companies.controller';
import { CompaniesRepository } from './companies.repository';
import { CompaniesService } from './companies.service';
import { CompanyEntity } from './company.entity';
import { CompanyReadsRepository } from './company-reads.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([CompanyEntity]),
    UsersModule,
    AuditModule,
    NotificationsModule,
  ],
  controllers: [CompaniesController],
  providers: [CompaniesRepository, CompanyReadsRepository, CompaniesService],
  exports: [CompaniesService],
})
export class CompaniesModule {}
