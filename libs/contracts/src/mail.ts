/**
 * Mail categories. `essential` mails (address verification, password reset, invitations) are
 * always sent; every other category is a kind of notification a user may turn off in their
 * preferences, and its mails carry a one-click unsubscribe link for that category.
 * Features that send a new kind of notification add its category here.
 */
export const NOTIFICATION_CATEGORIES = [
  'contact_requests',
  'messages',
  'delegations',
  'meetings',
  'agreements',
  'opportunities',
  'colleagues',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];
export type MailCategory = 'essential' | NotificationCategory;

/** One user's mail preference for one category (absent rows mean "on"). */
export interface NotificationPreference {
  category: NotificationCategory;
  mail: boolean;
}
