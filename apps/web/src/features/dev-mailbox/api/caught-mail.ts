/**
 * The development mailbox's answers. The API mounts /api/dev/mailbox only when mails go to its
 * in-process catcher (no SMTP_URL, not production), so the route is absent from the generated
 * OpenAPI types and is called with the app's authenticated fetch.
 */
export interface CaughtMailSummary {
  id: string;
  receivedAt: string;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
}

export interface CaughtMail extends CaughtMailSummary {
  html: string;
  text: string;
  headers: Record<string, string>;
}
