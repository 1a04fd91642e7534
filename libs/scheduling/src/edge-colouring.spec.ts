import { colourEdges, colourEdgesEquitably, type BipartiteEdges } from './edge-colouring';

// Exact colourings of small graphs, chosen so that Kőnig's path swap (no colour free at both ends)
// and de Werra's balancing (a class over the cap) both run. The expected colours were traced by
// hand for the first rows and recorded for the rest; every row is also checked to be proper and
// within the cap, so a recorded colouring is never a wrong one.

const graph = (vertexCount: number, left: number[], right: number[]): BipartiteEdges => ({
  vertexCount,
  left: Int32Array.from(left),
  right: Int32Array.from(right),
});

function expectProper(g: BipartiteEdges, colour: Int32Array, k: number, cap: number): void {
  const seen = new Set<string>();
  const size = new Array<number>(k).fill(0);
  colour.forEach((c, e) => {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(k);
    size[c]++;
    for (const v of [g.left[e], g.right[e]]) {
      expect(seen.has(`${v}|${c}`)).toBe(false);
      seen.add(`${v}|${c}`);
    }
  });
  expect(Math.max(0, ...size)).toBeLessThanOrEqual(cap);
}

// name, vertices, left ends, right ends, k, cap, Kőnig's colouring, after balancing
const CASES: [string, number, number[], number[], number, number, number[], number[]][] = [
  // e0 takes 0; e1 the emptier 1; e2 (1–3) finds 0 taken at 1 and 1 at 3: swapping along 3's
  // 1-path recolours e1 to 0, and e2 takes 1.
  ['swaps along a path (k = Δ = 2)', 5, [1, 0, 1], [2, 3, 3], 2, 2, [0, 0, 1], [0, 0, 1]],
  // Ties go to the lowest colour, so class 0 gets e0, e2 and e3 (3 > cap 2); balancing moves
  // the path e0–e1 (one more 0-edge than 1-edges) across.
  [
    'balances the smallest case (k = 2)',
    7,
    [0, 1, 2, 1],
    [3, 3, 5, 6],
    2,
    2,
    [0, 1, 0, 0],
    [1, 0, 0, 1],
  ],
  [
    'balances the smallest case, sides swapped',
    7,
    [3, 3, 5, 6],
    [0, 1, 2, 1],
    2,
    2,
    [0, 1, 0, 0],
    [1, 0, 0, 1],
  ],
  [
    'swaps three times (k = 4)',
    8,
    [0, 3, 1, 3, 1, 0, 1, 0, 1, 3, 3],
    [7, 5, 5, 4, 6, 5, 7, 5, 4, 7, 7],
    4,
    3,
    [3, 3, 2, 0, 1, 0, 0, 1, 3, 2, 1],
    [3, 3, 2, 0, 1, 0, 0, 1, 3, 2, 1],
  ],
  [
    'swaps three times (k = 6)',
    7,
    [1, 3, 4, 0, 4, 4, 0, 4, 4, 0, 1, 0],
    [5, 6, 6, 6, 5, 5, 6, 6, 6, 5, 5, 5],
    6,
    2,
    [3, 5, 2, 3, 4, 5, 4, 0, 1, 1, 2, 0],
    [3, 5, 2, 3, 4, 5, 4, 0, 1, 1, 2, 0],
  ],
  [
    'balances after a swap (k = 2)',
    8,
    [3, 1, 2, 3],
    [7, 4, 5, 4],
    2,
    2,
    [0, 0, 0, 1],
    [1, 1, 0, 0],
  ],
  [
    'balances without a swap (k = 2)',
    8,
    [2, 1, 2, 4],
    [6, 5, 7, 6],
    2,
    2,
    [0, 1, 1, 1],
    [0, 0, 1, 1],
  ],
  [
    'balances with three colours after a swap',
    8,
    [1, 2, 0, 2, 2],
    [5, 7, 4, 3, 4],
    3,
    2,
    [0, 1, 0, 0, 2],
    [1, 1, 0, 0, 2],
  ],
  [
    'balances with three colours',
    9,
    [2, 5, 2, 5, 1, 2],
    [8, 6, 6, 6, 8, 7],
    3,
    2,
    [0, 1, 2, 0, 1, 1],
    [0, 2, 1, 0, 1, 2],
  ],
  [
    'balances four colours',
    6,
    [2, 2, 1, 0, 1, 0],
    [3, 5, 5, 3, 4, 5],
    4,
    2,
    [0, 1, 2, 3, 0, 0],
    [1, 0, 2, 3, 0, 1],
  ],
  [
    'balances two classes (k = 6)',
    9,
    [3, 4, 1, 4, 3, 4, 4, 0, 0, 2, 4],
    [7, 7, 7, 5, 5, 5, 8, 6, 8, 5, 5],
    6,
    2,
    [0, 1, 2, 3, 4, 5, 0, 1, 2, 0, 2],
    [3, 1, 4, 3, 4, 5, 0, 1, 2, 0, 2],
  ],
  [
    'balances two classes after swaps (k = 6)',
    7,
    [0, 1, 1, 0, 2, 1, 0, 2, 0, 2, 0, 2],
    [3, 5, 6, 3, 4, 3, 4, 3, 5, 4, 3, 3],
    6,
    2,
    [0, 1, 2, 3, 4, 5, 1, 1, 2, 0, 4, 2],
    [0, 3, 5, 3, 4, 2, 1, 1, 2, 0, 4, 5],
  ],
  [
    'balances seven colours after swaps',
    9,
    [3, 2, 3, 1, 3, 1, 3, 1, 1, 2, 1, 1],
    [5, 8, 6, 5, 8, 5, 6, 7, 5, 8, 5, 6],
    7,
    2,
    [2, 1, 0, 3, 4, 5, 6, 0, 1, 2, 4, 2],
    [3, 1, 0, 2, 4, 5, 6, 0, 1, 2, 4, 3],
  ],
];

describe('edge colouring', () => {
  it.each(CASES)('%s', (_name, vertexCount, left, right, k, cap, konig, balanced) => {
    const g = graph(vertexCount, left, right);
    const plain = colourEdges(g, k);
    expect([...plain]).toEqual(konig);
    expectProper(g, plain, k, left.length);
    const equitable = colourEdgesEquitably(g, k, cap);
    expect([...equitable]).toEqual(balanced);
    expectProper(g, equitable, k, cap);
  });

  it('gives distinct colours to the edges of one vertex and the emptiest colour to a free edge', () => {
    // A star takes 0, 1, 2; the lone edge then finds all three equally full and takes 0.
    expect([...colourEdges(graph(6, [0, 0, 0, 4], [1, 2, 3, 5]), 3)]).toEqual([0, 1, 2, 0]);
    // With one class ahead, a free edge takes the emptier colour (1), not the first free one.
    expect([...colourEdges(graph(4, [0, 2], [1, 3]), 2)]).toEqual([0, 1]);
    expect([...colourEdges(graph(0, [], []), 3)]).toEqual([]);
  });

  it('fills exactly k·cap edges without complaint and refuses one more', () => {
    const star = graph(4, [0, 1, 2], [3, 3, 3]);
    expect([...colourEdgesEquitably(star, 3, 1)]).toEqual([0, 1, 2]);
    expect(() => colourEdgesEquitably(star, 2, 1)).toThrow(
      new RangeError('3 edges do not fit 2 colours of 1'),
    );
  });

  it('refuses fewer colours than the maximum degree', () => {
    expect(() => colourEdges(graph(4, [0, 0, 0], [1, 2, 3]), 2)).toThrow(
      new RangeError('vertex 0 has more than 2 edges'),
    );
  });
});
