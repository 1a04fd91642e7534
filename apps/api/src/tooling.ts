/**
 * The API's surface for tools that live outside the server (tools/seed, apps/api/bench): the
 * database `npm start` uses, the schema, the password hashing the seeded logins need. Nothing
 * here is imported by the server itself, and the server imports no tool.
 */
export { runWithDatabase } from './commands/run-with-database';
export type { Environment } from './config/environment';
export { migrateDatabase } from './database/migrate-database';
export { createToolPool } from './database/tool-pool';
export { createScratchDatabase, type ScratchDatabase } from './database/scratch-database';
export { PASSWORD_HASH_OPTIONS } from './modules/auth/password-hasher';
export {
  insertCompanyRows,
  type NewCompanyRow,
  type RunStatement,
} from './modules/companies/company-bulk-insert';
export {
  insertOpportunityRows,
  type NewOpportunityRow,
} from './modules/opportunities/opportunity-bulk-insert';
