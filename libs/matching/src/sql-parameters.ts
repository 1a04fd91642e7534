/** Collects the values of a parameterised query and hands out their `$n` placeholders. */
export class SqlParameters {
  readonly values: unknown[] = [];

  /** `$n`, or `$n::type` to fix the type Postgres gives the value. */
  add(value: unknown, type?: string): string {
    this.values.push(value);
    const placeholder = `$${this.values.length}`;
    return type ? `${placeholder}::${type}` : placeholder;
  }
}
