import { applyDecorators } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { WireTypeName, WireTypes } from '@jcc/contracts';

/**
 * Response schemas for the OpenAPI document, by the name of a wire type of `@jcc/contracts`
 * (`WireTypes`). The schemas themselves are generated from those TypeScript types
 * (`libs/contracts/wire-schemas.json`, added to the document by `buildOpenApiDocument`), and the
 * decorator only compiles on a handler that returns that type: the document, the handlers and the
 * web's generated types describe one body.
 */
type Handler<K extends WireTypeName> = (...args: never[]) => WireTypes[K] | Promise<WireTypes[K]>;

type WireDecorator<K extends WireTypeName> = <T extends Handler<K>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<T>,
) => void;

function schemaOf(name: WireTypeName) {
  return { $ref: `#/components/schemas/${name}` };
}

function typed<K extends WireTypeName>(decorator: MethodDecorator): WireDecorator<K> {
  return (target, key, descriptor) => {
    decorator(target, key, descriptor);
  };
}

/** 200 with the body `WireTypes[name]`. */
export function ApiOkWire<K extends WireTypeName>(name: K, description?: string): WireDecorator<K> {
  return typed<K>(applyDecorators(ApiOkResponse({ description, schema: schemaOf(name) })));
}

/** 201 with the body `WireTypes[name]`. */
export function ApiCreatedWire<K extends WireTypeName>(
  name: K,
  description?: string,
): WireDecorator<K> {
  return typed<K>(applyDecorators(ApiCreatedResponse({ description, schema: schemaOf(name) })));
}

/** 202 with the body `WireTypes[name]`: the work goes on after the answer. */
export function ApiAcceptedWire<K extends WireTypeName>(
  name: K,
  description?: string,
): WireDecorator<K> {
  return typed<K>(applyDecorators(ApiAcceptedResponse({ description, schema: schemaOf(name) })));
}

/** 200 with a file of the given type (CSV, PDF, iCalendar), sent as a download. */
export function ApiFileResponse(type: string, description?: string): MethodDecorator {
  return ApiOkResponse({
    description,
    content: { [type]: { schema: { type: 'string', format: 'binary' } } },
  });
}
