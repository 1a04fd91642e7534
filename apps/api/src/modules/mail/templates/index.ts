import type { MailParams, MailTemplate } from './mail-template';
import { opportunityInterest } from './opportunity-interest';
import { opportunityReviewed } from './opportunity-reviewed';
import { agreementCommitmentOverdue } from './agreement-commitment-overdue';
import { claimInvitation } from './claim-invitation';
import { colleagueInvitation } from './colleague-invitation';
import { companyReinstated } from './company-reinstated';
import { companySuspended } from './company-suspended';
import { contactRequestAccepted } from './contact-request-accepted';
import { contactRequestReceived } from './contact-request-received';
import { delegationInvitation } from './delegation-invitation';
import { delegationStatus } from './delegation-status';
import { resetPassword } from './reset-password';
import { unreadMessages } from './unread-messages';
import { verifyEmail } from './verify-email';

const BY_NAME = new Map<string, MailTemplate<MailParams>>();

/** Each template has its own params type; the registry forgets it (tests render every one). */
function register<P extends MailParams>(template: MailTemplate<P>): void {
  if (BY_NAME.has(template.name)) {
    throw new Error(`Mail template "${template.name}" is registered twice`);
  }
  BY_NAME.set(template.name, template as unknown as MailTemplate<MailParams>);
}

// Every mail template: a feature adds its template file to this folder and one line here
// (see ./mail-template.ts for how a template is written).
register(verifyEmail);
register(opportunityInterest);
register(opportunityReviewed);
register(agreementCommitmentOverdue);
register(colleagueInvitation);
register(claimInvitation);
register(resetPassword);
register(contactRequestReceived);
register(contactRequestAccepted);
register(unreadMessages);
register(delegationInvitation);
register(delegationStatus);
register(companySuspended);
register(companyReinstated);

export function allMailTemplates(): MailTemplate<MailParams>[] {
  return [...BY_NAME.values()];
}

/** A name that is not registered is a programming error, found by the caller's tests. */
export function mailTemplate(name: string): MailTemplate<MailParams> {
  const template = BY_NAME.get(name);
  if (!template) {
    throw new Error(
      `Unknown mail template "${name}" (register it in modules/mail/templates/index.ts)`,
    );
  }
  return template;
}
