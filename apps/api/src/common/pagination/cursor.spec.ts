import { InvalidInputError } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './cursor';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    const key = { at: '2026-11-29 02:18:46.123456+00', id: '7d9f0a4e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(key), ['at', 'id'])).toEqual(key);
  });

  it.each(['not base64 json', encodeCursor({ at: 'x' }), Buffer.from('[1]').toString('base64url')])(
    'refuses a cursor of the wrong shape: %p',
    (cursor) => {
      expect(() => decodeCursor(cursor, ['at', 'id'])).toThrow(InvalidInputError);
    },
  );
});
