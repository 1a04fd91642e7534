import type { FieldError } from '@jcc/contracts';

/** What supertest hands back, narrowed to what the error checks read. */
export interface HttpAnswer {
  status: number;
  body: unknown;
}

// `reason`: a suspended firm's sign-in error carries staff's reason (company_suspended).
const ERROR_KEYS = ['statusCode', 'error', 'message', 'code', 'reason'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.field === 'string' &&
    value.field.length > 0 &&
    Array.isArray(value.messages) &&
    value.messages.length > 0 &&
    value.messages.every((message) => typeof message === 'string' && message.length > 0)
  );
}

/**
 * Checks an error answer against the contract: the exact status and a body of the shape
 * `{ statusCode, error, message }` (plus the optional machine `code`), where `message` is a string
 * or a list of `{ field, messages }`. Returns the field errors when there are some.
 */
export function expectApiError(answer: HttpAnswer, status: number): FieldError[] | string {
  expect({ status: answer.status, body: answer.body }).toEqual({
    status,
    body: expect.objectContaining({ statusCode: status }),
  });
  const body = answer.body;
  if (!isRecord(body)) {
    throw new Error(`the error body is not a JSON object: ${JSON.stringify(body)}`);
  }
  expect(Object.keys(body).filter((key) => !ERROR_KEYS.includes(key))).toEqual([]);
  expect(typeof body.error).toBe('string');
  expect(String(body.error).length).toBeGreaterThan(0);
  const message = body.message;
  if (typeof message === 'string') {
    expect(message.length).toBeGreaterThan(0);
    return message;
  }
  if (!Array.isArray(message) || message.length === 0 || !message.every(isFieldError)) {
    throw new Error(
      `message is neither a string nor a list of { field, messages }: ${JSON.stringify(message)}`,
    );
  }
  return message;
}

/** A validation error (400) whose field list names `field` among the offending fields. */
export function expectFieldError(answer: HttpAnswer, field: string, status = 400): FieldError[] {
  const message = expectApiError(answer, status);
  if (typeof message === 'string') {
    throw new Error(`expected field errors naming "${field}", got the message "${message}"`);
  }
  expect(message.map((error) => error.field)).toContain(field);
  return message;
}
