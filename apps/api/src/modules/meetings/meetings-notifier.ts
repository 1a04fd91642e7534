import { Injectable } from '@nestjs/common';
import type { MeetingRequestEvent } from '@jcc/contracts';
import { AfterCommit } from '../../database/after-commit';
import { ChatRealtime } from '../chat/realtime/chat-realtime';
import { NotificationsService } from '../notifications/notifications.service';

/**
 * The one place meetings tell people about changes. Called inside the change's transaction:
 * the bell's rows commit with it (NotificationsService), and the live socket events
 * (`meeting:request`, `meeting:schedule-published`) leave only after the commit (AfterCommit),
 * so nobody hears of a request that then rolls back.
 */
@Injectable()
export class MeetingsNotifier {
  constructor(
    private readonly realtime: ChatRealtime,
    private readonly notifications: NotificationsService,
    private readonly afterCommit: AfterCommit,
  ) {}

  /** A new request: the requested firm's bell; live to both firms and staff. */
  async requestSent(
    event: MeetingRequestEvent,
    names: { requester: string; visit: string },
  ): Promise<void> {
    await this.notifications.notify({
      recipients: [{ companyId: event.targetCompanyId }],
      kind: 'meeting.request_received',
      params: { requester: names.requester, visit: names.visit, delegationId: event.delegationId },
      link: `/meetings/${event.delegationId}`,
    });
    this.emitRequest(event);
  }

  /** An answer: the asking firm's bell; live to both firms and staff. */
  async requestAnswered(
    event: MeetingRequestEvent,
    names: { target: string; visit: string },
  ): Promise<void> {
    await this.notifications.notify({
      recipients: [{ companyId: event.requesterCompanyId }],
      kind: 'meeting.request_answered',
      params: {
        target: names.target,
        visit: names.visit,
        status: event.status,
        delegationId: event.delegationId,
      },
      link: `/meetings/${event.delegationId}`,
    });
    this.emitRequest(event);
  }

  /** Staff published the schedule: every participating firm's bell; live to them and staff. */
  async schedulePublished(
    delegationId: string,
    visit: string,
    participantIds: readonly string[],
  ): Promise<void> {
    const firms = [...new Set(participantIds)];
    if (firms.length > 0) {
      await this.notifications.notify({
        recipients: firms.map((companyId) => ({ companyId })),
        kind: 'meeting.schedule_published',
        params: { visit, delegationId },
        link: `/meetings/${delegationId}`,
      });
    }
    this.afterCommit.run(() =>
      this.realtime.toFirms(firms, true, 'meeting:schedule-published', {
        delegationId,
        scheduleStatus: 'published',
      }),
    );
  }

  private emitRequest(event: MeetingRequestEvent): void {
    this.afterCommit.run(() =>
      this.realtime.toFirms(
        [event.requesterCompanyId, event.targetCompanyId],
        true,
        'meeting:request',
        event,
      ),
    );
  }
}
