import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CompaniesModule } from '../companies/companies.module';
import { DelegationExportsService } from './delegation-exports.service';
import { DelegationLists } from './delegation-lists';
import { DelegationListsRepository } from './delegation-lists.repository';
import { DelegationMemberEntity } from './delegation-member.entity';
import { DelegationMembersController } from './delegation-members.controller';
import { DelegationMembersNotifier } from './delegation-members.notifier';
import { DelegationMembersService } from './delegation-members.service';
import { DelegationEntity } from './delegation.entity';
import { DelegationsController } from './delegations.controller';
import { DelegationsRepository } from './delegations.repository';
import { DelegationsService } from './delegations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([DelegationEntity, DelegationMemberEntity]),
    CompaniesModule,
    AuditModule,
    NotificationsModule,
  ],
  controllers: [DelegationsController, DelegationMembersController],
  providers: [
    DelegationsRepository,
    DelegationListsRepository,
    DelegationLists,
    DelegationsService,
    DelegationMembersService,
    DelegationMembersNotifier,
    DelegationExportsService,
  ],
  exports: [DelegationsService],
})
export class DelegationsModule {}
