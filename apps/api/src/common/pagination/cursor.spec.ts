import { InvalidInputError } from '../errors/domain-error';
import { cursorFields, decodeCursor, encodeCursor } from './cursor';

const AT_ID = { at: cursorFields.timestamp, id: cursorFields.uuid };
const ID = '7d9f0a4e-0000-4000-8000-000000000001';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    const key = { at: '2026-11-29 02:18:46.123456+00', id: '7d9f0a4e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(key), AT_ID)).toEqual(key);
  });

  it.each([
    'not base64 json',
    encodeCursor({ at: 'x' }),
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('null').toString('base64url'),
    encodeCursor({ at: 'not-a-date', id: ID }),
    encodeCursor({ at: '2020-01-01 00:00:00+00', id: 'not-a-uuid' }),
    encodeCursor({ at: '2020-13-45 99:00:00+00', id: ID }),
  ])('refuses a cursor of the wrong shape: %p', (cursor) => {
    expect(() => decodeCursor(cursor, AT_ID)).toThrow(InvalidInputError);
  });

  it.each(['high', '1e99', 'NaN', ''])('refuses a rank that is not a Postgres real: %p', (rank) => {
    const cursor = encodeCursor({ rank, id: ID });
    expect(() => decodeCursor(cursor, { rank: cursorFields.real, id: cursorFields.uuid })).toThrow(
      InvalidInputError,
    );
  });

  it('accepts the text forms Postgres gives', () => {
    for (const at of ['2026-11-29 02:18:46.123456+00', '2026-11-29 02:18:46+05:30']) {
      expect(decodeCursor(encodeCursor({ at, id: ID }), AT_ID).at).toBe(at);
    }
    expect(
      decodeCursor(encodeCursor({ rank: '0.0607927', id: ID }), {
        rank: cursorFields.real,
        id: cursorFields.uuid,
      }).rank,
    ).toBe('0.0607927');
  });
});
