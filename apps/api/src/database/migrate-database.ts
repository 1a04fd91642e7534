import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Brings a database to the current schema (the migrations run on initialise) and lets it go. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await dataSource.destroy();
}
