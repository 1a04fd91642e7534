import { Injectable } from '@nestjs/common';
import type { MeetingRequestEvent } from '@jcc/contracts';
import { ChatRealtime } from '../chat/realtime/chat-realtime';

/**
 * The one place meetings tell people about changes: socket events now (and in-app notifications
 * once that seam exists). Callers call it only after their transaction has committed, so nobody
 * hears of a request that then rolls back.
 */
@Injectable()
export class MeetingsNotifier {
  constructor(private readonly realtime: ChatRealtime) {}

  /** A request was sent (`pending`) or answered: its two firms and staff. */
  requestChanged(event: MeetingRequestEvent): void {
    this.realtime.toFirms(
      [event.requesterCompanyId, event.targetCompanyId],
      true,
      'meeting:request',
      event,
    );
  }

  /** Staff published the schedule: every participating firm and staff. */
  schedulePublished(delegationId: string, participantIds: readonly string[]): void {
    this.realtime.toFirms(participantIds, true, 'meeting:schedule-published', {
      delegationId,
      scheduleStatus: 'published',
    });
  }
}
