import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';

import type { paths } from '@/lib/api-schema';

/**
 * MSW handlers checked against the generated OpenAPI types (src/lib/api-schema.d.ts): the path
 * must be one the document declares for that method, the request body is typed from it, and
 * where the document describes a 2xx JSON answer the handler's answer must match it.
 */
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

type PathFor<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

type RequestBodyOf<Op> = Op extends { requestBody?: infer Body }
  ? JsonOf<NonNullable<Body>>
  : never;

type Answer<Op> = Op extends { responses: infer Responses }
  ? JsonOf<Responses[keyof Responses & (200 | 201 | 202)]>
  : never;

/** The documented answer, or any JSON while the document does not describe it yet. */
type ResponseBodyOf<Op> = [Answer<Op>] extends [never] ? DefaultBodyType : Answer<Op>;

/** `/api/companies/{id}` → `*\/api/companies/:id` (any origin: the app calls its own). */
function toMswPath(path: string): string {
  return `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

export interface ApiRequestInfo<Body> {
  request: Request;
  params: PathParams;
  /** The parsed JSON body (undefined when there is none, or it is not JSON: read `request`). */
  body: Body;
}

type Resolver<Op> = (
  info: ApiRequestInfo<RequestBodyOf<Op>>,
) =>
  | HttpResponse<ResponseBodyOf<Op>>
  | Response
  | Promise<HttpResponse<ResponseBodyOf<Op>> | Response>;

export interface LoggedRequest {
  method: string;
  /** Path and query, e.g. `/api/matches?limit=20`. */
  url: string;
  body: unknown;
}

const requestLog: LoggedRequest[] = [];

/** Every request the apiHttp handlers answered since the test began, oldest first. */
export function answeredRequests(): readonly LoggedRequest[] {
  return requestLog;
}

/** Called after each test (src/testing/setup.ts). */
export function clearAnsweredRequests(): void {
  requestLog.length = 0;
}

/** MSW's own resolver type; the typed one above is what callers see. */
type MswResolver = Parameters<typeof http.get>[1];

function handlerFor<M extends Method>(method: M) {
  return <P extends PathFor<M>>(path: P, resolve: Resolver<Operation<P, M>>) => {
    const resolver = async ({ request, params }: { request: Request; params: PathParams }) => {
      const isJson = request.headers.get('Content-Type')?.includes('application/json') ?? false;
      const text = isJson ? await request.clone().text() : '';
      const body = (text ? JSON.parse(text) : undefined) as RequestBodyOf<Operation<P, M>>;
      const url = new URL(request.url);
      requestLog.push({ method: request.method, url: url.pathname + url.search, body });
      return resolve({ request, params, body });
    };
    return http[method](toMswPath(path), resolver as MswResolver);
  };
}

/** Any request to /api, whatever its method and path: for tests of the HTTP client itself. */
function anyApiRequest(resolve: (request: Request) => Response | Promise<Response>) {
  const resolver = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    requestLog.push({ method: request.method, url: url.pathname + url.search, body: undefined });
    return resolve(request);
  };
  return http.all('*/api/*', resolver as MswResolver);
}

export const apiHttp = {
  any: anyApiRequest,
  get: handlerFor('get'),
  post: handlerFor('post'),
  patch: handlerFor('patch'),
  put: handlerFor('put'),
  delete: handlerFor('delete'),
};

/** A JSON answer, typed by the operation it answers (see ResponseBodyOf). */
export function json<T extends DefaultBodyType>(body: T, status = 200): HttpResponse<T> {
  return HttpResponse.json(body, { status });
}

/** The API's error shape (`{ statusCode, error, message }`). */
export function apiError(status: number, message = 'failed'): Response {
  return HttpResponse.json({ statusCode: status, error: 'Error', message }, { status });
}
