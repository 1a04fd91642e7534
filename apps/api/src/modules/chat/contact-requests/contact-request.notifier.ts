import { Injectable } from '@nestjs/common';
import { MailOutboxService } from '../../mail/mail-outbox.service';

/**
 * What a contact request tells the other firm's people, by mail (in the caller's transaction, so
 * it is sent only if the request commits). In-app notifications (issue 13 point 6) plug in here.
 */
@Injectable()
export class ContactRequestNotifier {
  constructor(private readonly mail: MailOutboxService) {}

  received(request: { id: string; toCompanyId: string }, fromFirmName: string): Promise<void> {
    return this.mail.enqueueForCompany(request.toCompanyId, {
      template: 'contact-request-received',
      params: { firmName: fromFirmName },
      category: 'contact_requests',
      dedupeKey: `contact-request-received:${request.id}`,
    });
  }

  accepted(
    request: { id: string; fromCompanyId: string },
    byFirmName: string,
    conversationId: string,
  ): Promise<void> {
    return this.mail.enqueueForCompany(request.fromCompanyId, {
      template: 'contact-request-accepted',
      params: { firmName: byFirmName, conversationId },
      category: 'contact_requests',
      dedupeKey: `contact-request-accepted:${request.id}`,
    });
  }
}
