/**
 * In-app notifications (the bell). A notification is a kind code plus parameters; the web words
 * it in the reader's language (`notifications` namespace, `kinds.<kind>`), so nothing stored is
 * prose. Features add their kinds here (one line each) and call
 * `NotificationsService.notify(...)` in the API.
 */
export const NOTIFICATION_KINDS = [
  // contact requests (modules/chat)
  'contact_request.received',
  'contact_request.accepted',
  // colleagues of a firm (modules/team)
  'team.invitation_accepted',
  'team.member_removed',
  'team.ownership_received',
  // claiming a staff-imported firm (modules/team)
  'claim.completed',
  // delegations (modules/delegations)
  'delegation.invited',
  'delegation.status_changed',
  // the chamber's review of a firm (modules/verification)
  'verification.verified',
  'verification.refused',
  // the opportunities board (modules/opportunities)
  'opportunity.interest_received',
  'opportunity.published',
  'opportunity.refused',
  // agreements (modules/agreements): a commitment passed its due date unfinished
  'agreement.commitment_overdue',
  // B2B meetings at delegation visits (modules/meetings)
  'meeting.request_received',
  'meeting.request_answered',
  'meeting.schedule_published',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Parameters a kind's sentence uses: names, ids, a staff note. Flat and small by design. */
export type NotificationParams = Record<string, string | number | boolean | null>;

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  /** Path inside the web app the notification opens (e.g. `/app/conversations/<id>`), or null. */
  link: string | null;
  createdAt: string;
  /** null while unread. */
  readAt: string | null;
}

export interface NotificationUnreadCount {
  unread: number;
}

/** Socket event `notification:new`, sent to the recipient's `user:<id>` room after the commit. */
export interface NotificationNewEvent {
  notification: NotificationItem;
}

export const NOTIFICATION_LIMITS = {
  /** Longest link stored with a notification. */
  maxLinkLength: 500,
  /** Most recipients a single notify call resolves to (a firm's members, say). */
  maxRecipients: 500,
} as const;
