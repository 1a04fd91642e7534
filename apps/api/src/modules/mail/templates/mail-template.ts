import type { UiLocale } from '@jcc/contracts';

/**
 * How a mail template is written (one file per template in this folder, listed in ./index.ts).
 *
 *   export const contactRequestReceived = defineMailTemplate<{ firmName: string; requestId: string }>({
 *     name: 'contact-request-received',
 *     content: {
 *       en: (p, link) => ({
 *         subject: `${p.firmName} wants to get in touch`,
 *         heading: 'A new contact request',
 *         paragraphs: [`${p.firmName} sent your firm a contact request.`],
 *         action: { label: 'Open the request', url: link('/requests') },
 *       }),
 *       az: …, ur: …, ru: …   // all four, real translations
 *     },
 *   });
 *
 * A template only says *what* the mail says; the layout (./mail-layout.ts) makes the HTML part
 * (escaped, `lang`, and `dir="rtl"` for Urdu), the plain-text part and the unsubscribe footer.
 * `link(path)` turns an app path into an absolute URL of this deployment (APP_URL).
 * Params are plain strings/numbers given to `MailOutboxService.enqueue`; a template never reads
 * the database.
 */
export type MailParams = Record<string, string | number>;

export interface MailContent {
  subject: string;
  /** The first line, shown large in HTML. */
  heading: string;
  /** Paragraphs of plain text (escaped in HTML; never HTML themselves). */
  paragraphs: string[];
  /** The one button of the mail; its URL is also written out in the plain-text part. */
  action?: { label: string; url: string };
  /** A small line under the button, e.g. how long a link works. */
  footnote?: string;
}

export type LinkBuilder = (path: string) => string;

export interface MailTemplate<P extends MailParams = MailParams> {
  /** Unique, kebab-case; the `template` given to `enqueue`. */
  name: string;
  content: Record<UiLocale, (params: P, link: LinkBuilder) => MailContent>;
}

export function defineMailTemplate<P extends MailParams>(
  template: MailTemplate<P>,
): MailTemplate<P> {
  return template;
}
