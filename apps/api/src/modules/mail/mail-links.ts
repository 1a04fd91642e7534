import type { Environment } from '../../config/environment';

/** The public address of the web app, without a trailing slash. */
export function appUrl(env: Environment): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

/** The domain of MAIL_FROM, used on the right of every Message-ID. */
export function mailDomain(env: Environment): string {
  const match = /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM);
  return match ? match[1] : 'jcc.localhost';
}

/** Where a firm writes to the chamber: CHAMBER_CONTACT_EMAIL, else the address of MAIL_FROM. */
export function chamberContactAddress(env: Environment): string {
  if (env.CHAMBER_CONTACT_EMAIL) {
    return env.CHAMBER_CONTACT_EMAIL;
  }
  const match = /<([^<>\s]+)>\s*$/.exec(env.MAIL_FROM);
  return match ? match[1] : env.MAIL_FROM.trim();
}
