import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChatModule } from '../chat/chat.module';
import { CompaniesModule } from '../companies/companies.module';
import { CompanyDocumentsPolicy } from './access/company-documents.policy';
import { ConversationDocumentsPolicy } from './access/conversation-documents.policy';
import { DocumentOwnerPolicies } from './access/document-owner-policy';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { CompanyDocumentsController } from './paper-requests/company-documents.controller';
import { PaperRequestsRepository } from './paper-requests/paper-requests.repository';
import { PaperRequestsService } from './paper-requests/paper-requests.service';
import { ScanQueue } from './scan/scan-queue';
import { fileStoreProvider } from './storage/file-store.provider';

/**
 * Files of any owner kind on one file store (disk or S3-compatible). Firms and conversations
 * plug in here; another feature (agreements) imports this module and registers its own
 * `DocumentOwnerPolicy` with `DocumentOwnerPolicies`.
 */
@Module({
  imports: [AuditModule, CompaniesModule, ChatModule],
  controllers: [DocumentsController, CompanyDocumentsController],
  providers: [
    fileStoreProvider,
    DocumentOwnerPolicies,
    CompanyDocumentsPolicy,
    ConversationDocumentsPolicy,
    DocumentsRepository,
    DocumentsService,
    PaperRequestsRepository,
    PaperRequestsService,
    ScanQueue,
  ],
  exports: [DocumentsService, DocumentOwnerPolicies],
})
export class DocumentsModule {}
