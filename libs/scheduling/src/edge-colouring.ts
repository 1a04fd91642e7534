/**
 * Equitable edge colouring of a bipartite multigraph (Kőnig, de Werra).
 *
 * Kőnig: a bipartite multigraph of maximum degree Δ has a proper edge colouring with Δ colours,
 * found edge by edge — if the colour free at one end is taken at the other, swapping the two
 * colours along the alternating path from that end frees it (in a bipartite graph the path never
 * returns to the first end). Any k ≥ Δ works the same way.
 * de Werra: the colour classes of such a colouring can be balanced — while a class holds more
 * than `cap` edges and another fewer, the union of the two classes is a set of alternating paths
 * and even cycles, one path has one more edge of the larger class, and swapping it moves one
 * edge across. With k·cap ≥ m every class ends with at most `cap` edges.
 */
export interface BipartiteEdges {
  /** Number of vertices (both sides together). */
  vertexCount: number;
  /** Endpoints of each edge: `left[e]` on one side, `right[e]` on the other. */
  left: Int32Array;
  right: Int32Array;
}

/**
 * Colours every edge with one of `colours` colours so that no vertex has two edges of one colour
 * and no colour has more than `cap` edges. Requires colours ≥ max degree and colours·cap ≥ m.
 */
export function colourEdgesEquitably(
  graph: BipartiteEdges,
  colours: number,
  cap: number,
): Int32Array {
  const m = graph.left.length;
  if (m > colours * cap) {
    throw new RangeError(`${m} edges do not fit ${colours} colours of ${cap}`);
  }
  const colour = colourEdges(graph, colours);
  balanceClasses(graph, colour, colours, cap);
  return colour;
}

/** The edge of colour c at vertex v, at v * k + c, or -1. */
type Incidence = Int32Array;

function other(graph: BipartiteEdges, e: number, v: number): number {
  return graph.left[e] === v ? graph.right[e] : graph.left[e];
}

function freeColour(at: Incidence, v: number, k: number): number {
  for (let c = 0; c < k; c++) {
    if (at[v * k + c] === -1) {
      return c;
    }
  }
  throw new RangeError(`vertex ${v} has more than ${k} edges`);
}

/** Swaps colours a and b along the alternating path that leaves `start` by its a-edge. */
function swapPath(
  graph: BipartiteEdges,
  at: Incidence,
  colour: Int32Array,
  k: number,
  start: number,
  a: number,
  b: number,
): void {
  const path: number[] = [];
  let v = start;
  let c = a;
  while (at[v * k + c] !== -1) {
    const e = at[v * k + c];
    path.push(e);
    v = other(graph, e, v);
    c = c === a ? b : a;
  }
  for (const e of path) {
    at[graph.left[e] * k + colour[e]] = -1;
    at[graph.right[e] * k + colour[e]] = -1;
  }
  for (const e of path) {
    colour[e] = colour[e] === a ? b : a;
    at[graph.left[e] * k + colour[e]] = e;
    at[graph.right[e] * k + colour[e]] = e;
  }
}

/**
 * Kőnig's colouring with k ≥ Δ colours. Each edge takes the emptiest colour free at both ends
 * where there is one, so the classes come out nearly even and balancing has little left to do.
 */
export function colourEdges(graph: BipartiteEdges, k: number): Int32Array {
  const m = graph.left.length;
  const colour = new Int32Array(m).fill(-1);
  const size = new Int32Array(k);
  const at: Incidence = new Int32Array(graph.vertexCount * k).fill(-1);
  for (let e = 0; e < m; e++) {
    const u = graph.left[e];
    const v = graph.right[e];
    let a = -1;
    for (let c = 0; c < k; c++) {
      if (at[u * k + c] === -1 && at[v * k + c] === -1 && (a === -1 || size[c] < size[a])) {
        a = c;
      }
    }
    if (a === -1) {
      // No colour is free at both ends: free u's colour a at v by swapping a/b along v's path.
      a = freeColour(at, u, k);
      const b = freeColour(at, v, k);
      const before = countPath(graph, at, k, v, a, b);
      swapPath(graph, at, colour, k, v, a, b);
      size[a] -= before.a - before.b;
      size[b] += before.a - before.b;
    }
    colour[e] = a;
    size[a]++;
    at[u * k + a] = e;
    at[v * k + a] = e;
  }
  return colour;
}

/** Edges of each colour on the alternating path from `start` that leaves by its a-edge. */
function countPath(
  graph: BipartiteEdges,
  at: Incidence,
  k: number,
  start: number,
  a: number,
  b: number,
): { a: number; b: number } {
  const count = { a: 0, b: 0 };
  let v = start;
  let c = a;
  while (at[v * k + c] !== -1) {
    count[c === a ? 'a' : 'b']++;
    v = other(graph, at[v * k + c], v);
    c = c === a ? b : a;
  }
  return count;
}

/** de Werra's balancing: moves edges from over-full classes to under-full ones. */
function balanceClasses(graph: BipartiteEdges, colour: Int32Array, k: number, cap: number): void {
  const m = colour.length;
  const at: Incidence = new Int32Array(graph.vertexCount * k).fill(-1);
  const size = new Int32Array(k);
  for (let e = 0; e < m; e++) {
    at[graph.left[e] * k + colour[e]] = e;
    at[graph.right[e] * k + colour[e]] = e;
    size[colour[e]]++;
  }
  for (let big = 0; big < k; big++) {
    while (size[big] > cap) {
      const small = size.findIndex((count) => count < cap);
      // Sizes differ, so some component of big ∪ small is a path with one more big edge; its
      // ends are vertices with a big edge and no small edge.
      let moved = false;
      for (let e = 0; e < m && !moved; e++) {
        if (colour[e] !== big) {
          continue;
        }
        for (const end of [graph.left[e], graph.right[e]]) {
          if (at[end * k + small] !== -1) {
            continue;
          }
          if (pathEndsWith(graph, at, k, end, big, small)) {
            swapPath(graph, at, colour, k, end, big, small);
            size[big]--;
            size[small]++;
            moved = true;
            break;
          }
        }
      }
      if (!moved) {
        throw new Error('balancing found no alternating path (colouring was not proper)');
      }
    }
  }
}

/** Whether the alternating path from `start` (leaving by its a-edge) has an odd number of edges. */
function pathEndsWith(
  graph: BipartiteEdges,
  at: Incidence,
  k: number,
  start: number,
  a: number,
  b: number,
): boolean {
  let v = start;
  let c = a;
  let length = 0;
  while (at[v * k + c] !== -1) {
    v = other(graph, at[v * k + c], v);
    c = c === a ? b : a;
    length++;
  }
  return length % 2 === 1;
}
