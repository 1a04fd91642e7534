import fc from 'fast-check';
import { type KnownDisjoint, matchScoreSql } from './match-score.sql';
import { SqlParameters } from './sql-parameters';
import { eligiblePairArb, weightsArb } from './testing/profile-arbitraries';

/*
 * matchScoreSql with overlapsAsColumns (what the API's stage queries use) is the inline
 * expression, which match-score.sql.spec.ts evaluates against scorePair and
 * apps/api/test/matching-score.e2e-spec.ts runs in Postgres, with each overlap computed once as a
 * column: putting every column's expression back where the score reads it gives the inline text
 * exactly, with the same parameters. Each expression is self-delimited (a function call or a
 * parenthesised term, cast at most), so it means the same alone as in place.
 */

function build(
  ...[viewer, weights, disjoint, candidateSideBound, asColumns]: [
    Parameters<typeof matchScoreSql>[0],
    Parameters<typeof matchScoreSql>[1],
    KnownDisjoint,
    number,
    boolean,
  ]
) {
  const params = new SqlParameters();
  const sql = matchScoreSql(viewer, weights, params, disjoint, candidateSideBound, asColumns);
  const score = sql.score;
  const bound = sql.viewerSideBound();
  return { score, bound, columns: sql.overlapColumns, values: params.values };
}

/** The column list `expr AS ov_name, …` as name → expression. */
function parseColumns(list: string): Map<string, string> {
  const columns = new Map<string, string>();
  // Every item ends with ` AS ov_<name>` followed by the separator or the end.
  const pattern = /([\s\S]*?) AS (ov_[a-z]+)(?:,\n\s*|$)/g;
  let consumed = 0;
  for (const match of list.matchAll(pattern)) {
    columns.set(match[2], match[1]);
    consumed += match[0].length;
  }
  expect(consumed).toBe(list.length);
  return columns;
}

function inlined(text: string, columns: Map<string, string>): string {
  return text.replace(/\bc\.(ov_[a-z]+)\b/g, (_, name: string) => {
    const expression = columns.get(name);
    expect(expression).toBeDefined();
    return expression!;
  });
}

describe('matchScoreSql with the overlaps as columns', () => {
  it('is the inline score and bound with each overlap computed once', () => {
    fc.assert(
      fc.property(
        eligiblePairArb,
        weightsArb,
        fc.record({ trade: fc.boolean(), sectors: fc.boolean(), jointVenture: fc.boolean() }),
        fc.integer({ min: 0, max: 100 }),
        ([viewer], weights, disjoint, candidateSideBound) => {
          const inline = build(viewer, weights, disjoint, candidateSideBound, false);
          const asColumns = build(viewer, weights, disjoint, candidateSideBound, true);
          expect(inline.columns).toBe('');
          expect(asColumns.values).toEqual(inline.values);
          const columns = parseColumns(asColumns.columns);
          // Language and size are always read; the others unless the stage rules them out.
          expect(columns.has('ov_language') && columns.has('ov_size')).toBe(true);
          expect(columns.has('ov_bought')).toBe(!disjoint.trade);
          expect(asColumns.score).not.toMatch(/bit_count\(c\.(seeks|offers|sectors|languages)/);
          expect(inlined(asColumns.score, columns)).toBe(inline.score);
          expect(inlined(asColumns.bound, columns)).toBe(inline.bound);
          for (const expression of columns.values()) {
            expect(expression).not.toMatch(/\bc\.ov_/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
