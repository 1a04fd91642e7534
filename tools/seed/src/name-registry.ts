/**
 * The names a seeding run has handed out. Firms are generated one index at a time, so a run that
 * spans several batches passes one registry to every batch to keep names unique across all of them.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  get size(): number {
    return this.taken.size;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  /**
   * Takes the first free candidate. Only when every candidate is taken does it fall back to
   * `numbered(n)` with the smallest free n from 2 up, as real registries end up with "… 2".
   */
  claim(candidates: readonly string[], numbered: (n: number) => string): string {
    const free = candidates.find((candidate) => !this.taken.has(candidate));
    if (free !== undefined) {
      return this.take(free);
    }

    const key = candidates[0];
    let n = this.nextNumber.get(key) ?? 2;
    while (this.taken.has(numbered(n))) {
      n += 1;
    }
    this.nextNumber.set(key, n + 1);
    return this.take(numbered(n));
  }

  private take(name: string): string {
    this.taken.add(name);
    return name;
  }
}
