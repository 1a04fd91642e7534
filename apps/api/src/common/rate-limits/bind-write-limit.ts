import {
  RequestMethod,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { WriteLimitInterceptor } from './write-limit.interceptor';

const READ_METHODS = new Set([RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS]);
/** Where each application's Fastify instance keeps its WriteLimitInterceptor. */
const SERVING_APP_LIMIT = 'jccWriteLimit';

/**
 * What the write routes' metadata names: route metadata lives on the controller classes, which
 * every application of a process shares (the tests start several, some at once), so it cannot
 * name one application's interceptor. A request reaches its own application's through the Fastify
 * instance that serves it.
 */
class WriteLimitOfServingApp {
  static intercept(
    context: ExecutionContext,
    next: CallHandler,
  ): Observable<unknown> | Promise<Observable<unknown>> {
    const { server } = context.switchToHttp().getRequest<FastifyRequest>();
    const interceptor = (server as unknown as Record<string, NestInterceptor>)[SERVING_APP_LIMIT];
    return interceptor.intercept(context, next) as
      Observable<unknown> | Promise<Observable<unknown>>;
  }
}

/**
 * Puts the write limit first on every controller route that can receive a write (any method but
 * GET, HEAD and OPTIONS), before the router is built; reads carry no interceptor. As a global
 * interceptor it ran on reads too, only to let them through, and any interceptor makes Nest wrap
 * the handler in an RxJS pipeline with its own disconnect listeners: several per cent of the CPU
 * of a company page. Every route of every controller is looked at here, so new ones are covered.
 * Call it after the application is created and before `init()`.
 */
export function bindWriteLimit(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().decorate(SERVING_APP_LIMIT, app.get(WriteLimitInterceptor));
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) {
        continue;
      }
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, object>)[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || READ_METHODS.has(method)) {
          continue;
        }
        const bound = (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[];
        if (!bound.includes(WriteLimitOfServingApp)) {
          Reflect.defineMetadata(
            INTERCEPTORS_METADATA,
            [WriteLimitOfServingApp, ...bound],
            handler,
          );
        }
      }
    }
  }
}
