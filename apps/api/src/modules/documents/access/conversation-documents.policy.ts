import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { DocumentCategory } from '@jcc/contracts';
import type { AuthUser } from '../../../common/auth-user';
import { DomainError, InvalidInputError } from '../../../common/errors/domain-error';
import { MessagesService } from '../../chat/messages/messages.service';
import type { DocumentRecord } from '../document-record';
import {
  DocumentOwnerPolicies,
  type DocumentOwnerPolicy,
  type UploadExtras,
  type UploadGrant,
  type UploadIntent,
} from './document-owner-policy';

const ATTACHMENTS: readonly DocumentCategory[] = ['attachment'];

/**
 * Chat attachments: only the conversation's participants upload and read them. Each upload is a
 * message (stored in the same transaction as the document, broadcast as `message:new` after the
 * commit), and the clientId makes a retried upload the same message and the same document.
 */
@Injectable()
export class ConversationDocumentsPolicy implements DocumentOwnerPolicy, OnModuleInit {
  readonly kind = 'conversation' as const;

  constructor(
    private readonly messages: MessagesService,
    private readonly policies: DocumentOwnerPolicies,
  ) {}

  onModuleInit(): void {
    this.policies.register(this);
  }

  async authorizeUpload(user: AuthUser, intent: UploadIntent): Promise<UploadGrant> {
    if (intent.category !== 'attachment') {
      throw InvalidInputError.field('category', 'files in a conversation are attachments');
    }
    if (!intent.clientId) {
      throw InvalidInputError.field(
        'clientId',
        'clientId is required: it makes a retried upload one message',
      );
    }
    await this.messages.requireParticipant(user, intent.ownerId);
    return { chargeCompanyId: user.companyId };
  }

  async readableCategories(
    viewer: AuthUser | null,
    ownerId: string,
  ): Promise<readonly DocumentCategory[]> {
    if (!viewer) {
      return [];
    }
    try {
      await this.messages.requireParticipant(viewer, ownerId);
      return ATTACHMENTS;
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) {
        return [];
      }
      throw error;
    }
  }

  mayDelete(user: AuthUser, document: DocumentRecord): Promise<boolean> {
    return Promise.resolve(document.uploadedBy === user.id);
  }

  isRestricted(): boolean {
    return true;
  }

  async onStored(
    user: AuthUser,
    document: DocumentRecord,
    intent: UploadIntent,
  ): Promise<UploadExtras | null> {
    const result = await this.messages.insertAttachmentMessage(user, {
      conversationId: document.ownerId,
      clientId: intent.clientId!,
      // A message has words: the file's name when none were sent with it.
      body: intent.caption ?? document.name,
      attachment: {
        documentId: document.id,
        name: document.name,
        contentType: document.contentType,
        size: document.size,
        hasThumbnail: document.thumbnailKey !== null,
      },
    });
    return result ? { message: result.message } : null;
  }

  afterCommit(extras: UploadExtras): void {
    if (extras.message) {
      this.messages.broadcast({ message: extras.message, created: true });
    }
  }

  async replay(user: AuthUser, document: DocumentRecord): Promise<UploadExtras> {
    const message = await this.messages.storedByClientId(
      user,
      document.ownerId,
      document.clientId!,
    );
    return message ? { message } : {};
  }
}
