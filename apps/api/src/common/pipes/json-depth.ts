import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '@jcc/contracts';

/** No request of the contract nests deeper than a handful of levels; 32 leaves room. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep a parsed JSON value nests, walked without recursion (a 10,000-level body is what this
 * guards against) and stopping as soon as it passes `limit`.
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') {
      continue;
    }
    if (depth >= limit) {
      return true;
    }
    for (const child of Object.values(current as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') {
        stack.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return false;
}

/**
 * Refuses bodies nested deeper than MAX_JSON_DEPTH before validation runs: class-transformer
 * and class-validator recurse and would overflow the stack (a 500) on a deep enough body.
 */
export function limitJsonDepth(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done) => {
    if (exceedsDepth(request.body, MAX_JSON_DEPTH)) {
      const body: ApiError = {
        statusCode: 400,
        error: 'Bad Request',
        message: `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`,
        code: 'body_too_deep',
      };
      void reply.status(400).send(body);
      return;
    }
    done();
  });
}
