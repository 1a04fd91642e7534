import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase, type TestDatabase } from './test-database';

declare global {
  var __jccTestDatabase: TestDatabase | undefined;
}

/** One database per run, migrated once here so that parallel workers never race on migrations. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase((line) => process.stdout.write(`\n${line}\n`));
  globalThis.__jccTestDatabase = database;
  process.env.TEST_DATABASE_URL = database.url;
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  await dataSource.destroy();
}
