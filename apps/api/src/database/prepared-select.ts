import type { DataSource, EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { SelectQueryBuilder } from 'typeorm';

/**
 * Hot reads written by TypeORM once, then run as plain SQL. Building a statement with the query
 * builder (select list, property names, escaping) and hydrating its rows through TypeORM's generic
 * transformer cost more CPU than a 1 ms query on the busiest cheap reads (the company page, the
 * directory). Here the query builder still writes the statement — the same text it would send —
 * but only once; each request then only binds its values and maps rows to entities column by column.
 */

const PLACEHOLDER_PREFIX = '\u0000prepared:';

/**
 * Stands for the parameter `name` while a statement is being prepared. It starts with NUL, which
 * no value bound to Postgres text can hold, so it cannot be mistaken for a real value.
 */
export function placeholder(name: string): string {
  return PLACEHOLDER_PREFIX + name;
}

export interface PreparedSelect<E> {
  /** The statement, exactly as the query builder wrote it. */
  readonly sql: string;
  /**
   * Runs the statement with the named values (every placeholder's name) on `manager` (the plain
   * one or a transaction's) and returns its raw rows and the entities hydrated from them.
   */
  run<R extends ObjectLiteral = ObjectLiteral>(
    manager: EntityManager,
    values: Readonly<Record<string, unknown>>,
  ): Promise<{ entities: E[]; raw: R[] }>;
}

/**
 * Prepares a SELECT of one entity (no joins) whose parameters are all `placeholder(name)`s. The
 * rows are hydrated as TypeORM's getRawAndEntities would: one entity per row, each selected
 * column through the driver's own value preparation.
 */
export function prepareSelect<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
): PreparedSelect<E> {
  const [sql, parameters] = query.getQueryAndParameters();
  const names = parameters.map((value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith(PLACEHOLDER_PREFIX)) {
      throw new Error(`prepareSelect: a parameter is not a placeholder(): ${String(value)}`);
    }
    return value.slice(PLACEHOLDER_PREFIX.length);
  });
  const { mainAlias, joinAttributes } = query.expressionMap;
  if (!mainAlias?.hasMetadata || joinAttributes.length > 0) {
    throw new Error('prepareSelect: one entity without joins only');
  }
  const hydrate = entityHydrator<E>(query.connection, mainAlias.metadata, mainAlias.name);
  return {
    sql,
    async run<R extends ObjectLiteral>(
      manager: EntityManager,
      values: Readonly<Record<string, unknown>>,
    ) {
      const raw: R[] = await manager.query(
        sql,
        names.map((name) => values[name]),
      );
      return { raw, entities: raw.map(hydrate) };
    },
  };
}

/**
 * Row → entity for a flat entity (no relations, embedded objects or inheritance) selected whole
 * under `alias`: what RawSqlResultsToEntityTransformer does for such an entity, without its
 * per-query grouping and lookups.
 */
export function entityHydrator<E extends ObjectLiteral>(
  dataSource: DataSource,
  metadata: EntityMetadata,
  alias: string,
): (row: ObjectLiteral) => E {
  if (
    metadata.relations.length > 0 ||
    metadata.embeddeds.length > 0 ||
    metadata.discriminatorColumn ||
    metadata.childEntityMetadatas.length > 0
  ) {
    throw new Error(`entityHydrator: ${metadata.name} is not a flat entity`);
  }
  const { driver } = dataSource;
  const columns = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => {
      const key = `${alias}_${column.databaseName}`;
      // TypeORM hashes aliases longer than the driver allows; none of ours is that long.
      if (driver.maxAliasLength !== undefined && key.length > driver.maxAliasLength) {
        throw new Error(`entityHydrator: the column alias ${key} is too long`);
      }
      return { key, property: column.propertyName, column };
    });
  return (row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as Record<
      string,
      unknown
    >;
    for (const { key, property, column } of columns) {
      const value: unknown = row[key];
      // What column.setEntityValue does for a column that is not embedded nor a relation's.
      if (value !== undefined) {
        entity[property] = driver.prepareHydratedValue(value, column);
      }
    }
    return entity as E;
  };
}
