import { cursorFields, decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import type { RankKey } from '@jcc/matching';

/** The opaque nextCursor of a match list: the rank key of the page's last item. */
export function encodeMatchCursor(key: RankKey): string {
  return encodeCursor({ score: String(key.score), id: key.id });
}

/** A cursor that is not one of ours is the client's error: 400 on `cursor`. */
export function decodeMatchCursor(cursor: string): RankKey {
  const { score, id } = decodeCursor(cursor, {
    score: (value: string) => /^\d{1,3}$/.test(value) && Number(value) <= 100,
    id: cursorFields.uuid,
  });
  return { score: Number(score), id: id.toLowerCase() };
}
