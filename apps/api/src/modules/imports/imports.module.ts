import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CompaniesModule } from '../companies/companies.module';
import { ImportBatchWriter } from './import-batch-writer';
import { ImportJobs } from './import-jobs';
import { ImportEntity } from './import.entity';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { MemberWritesRepository } from './member-writes.repository';

@Module({
  imports: [TypeOrmModule.forFeature([ImportEntity]), AuditModule, CompaniesModule],
  controllers: [ImportsController],
  providers: [
    ImportsRepository,
    MemberWritesRepository,
    ImportBatchWriter,
    ImportJobs,
    ImportsService,
  ],
  exports: [ImportsService],
})
export class ImportsModule {}
