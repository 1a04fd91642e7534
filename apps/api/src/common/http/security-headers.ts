import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers on every response, from one helmet middleware built at start-up.
 * (@fastify/helmet, used before, calls `helmet(options)` again on every request — parsing the CSP
 * directives and building each header's middleware anew — plus an async hook per request: about
 * 5 % of the API's CPU on a company page.) Same headers, set on the raw response as before, so
 * the web app's asset route still removes the document-only ones.
 */
export function securityHeaders(app: NestFastifyApplication, options: HelmetOptions): void {
  const apply = helmet(options);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      apply(request.raw, reply.raw, (error) => done(error as Error | undefined));
    });
}
